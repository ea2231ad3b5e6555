#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace nextsteps {

struct ChecklistItem
{
    QString text;
    bool asked = false;
    bool important = false;
    QString answer;
    QString topicId;    // the topic a suggested question came from; empty for the person's own
    QString questionId; // the suggested question's stable id; empty for the person's own
    QDateTime created;

    bool operator==(const ChecklistItem &other) const;
    bool operator!=(const ChecklistItem &other) const { return !(*this == other); }
};

struct Visit
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::Visit)

public:
    QDate date;
    QString with; // who the visit is with: "Dr. Lee, oncology"

    bool isEmpty() const { return !date.isValid() && with.trimmed().isEmpty(); }
    bool operator==(const Visit &other) const { return date == other.date && with == other.with; }
    bool operator!=(const Visit &other) const { return !(*this == other); }
    // "Tuesday, December 1, 2026, with Dr. Lee", or empty.
    QString describe() const;
};

// A list put away by "Start a new list": kept, never deleted, and can be brought back.
struct ArchivedList
{
    QDateTime archivedAt;
    Visit visit;
    QList<ChecklistItem> items;

    bool operator==(const ArchivedList &other) const
    {
        return archivedAt == other.archivedAt && visit == other.visit && items == other.items;
    }
};

struct ChecklistData
{
    Visit visit;
    QList<ChecklistItem> items;
    QList<ArchivedList> archive;

    bool operator==(const ChecklistData &other) const
    {
        return visit == other.visit && items == other.items && archive == other.archive;
    }
    bool operator!=(const ChecklistData &other) const { return !(*this == other); }
};

// Important questions first, otherwise in the person's own order: the order of print and export.
QList<ChecklistItem> importantFirst(const QList<ChecklistItem> &items);

} // namespace nextsteps
