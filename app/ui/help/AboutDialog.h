#pragma once

#include <QDialog>

namespace nextsteps {

class Guide;

// Version, licence, the disclaimer and the sources.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const Guide &guide, QWidget *parent = nullptr);
};

} // namespace nextsteps
