#!/usr/bin/env bash
# Builds the .deb with CPack and checks what is inside it and what it depends on.
set -euo pipefail
build_dir=$1
out_dir=$2
app_id=$3
version=$4
speech=${5:-no-speech} # "speech" when the app was built to read aloud

rm -rf "$out_dir"
mkdir -p "$out_dir"
(cd "$build_dir" && cpack -G DEB -B "$out_dir" >/dev/null)
deb=$(ls "$out_dir"/nextsteps_"$version"_*.deb)
echo "built $deb"

contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/nextsteps \
            "./usr/share/applications/$app_id.desktop" \
            "./usr/share/metainfo/$app_id.metainfo.xml" \
            "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
            "./usr/share/icons/hicolor/512x512/apps/$app_id.png"; do
    if ! grep -qF " $path" <<<"$contents"; then
        echo "missing from the .deb: $path" >&2
        exit 1
    fi
done
# No Qt is bundled: the package uses Debian's.
if grep -q "libQt6" <<<"$contents"; then
    echo "the .deb bundles Qt libraries" >&2
    exit 1
fi

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in libqt6widgets6 libqt6gui6 libqt6core6 libqt6printsupport6 qt6-qpa-plugins \
    qt6-translations-l10n; do
    if ! grep -q "$needed" <<<"$depends"; then
        echo "the .deb does not depend on $needed" >&2
        exit 1
    fi
done
if [[ "$speech" == speech ]]; then
    # Reading aloud needs Qt TextToSpeech and a voice to speak with.
    for needed in libqt6texttospeech6 "qt6-speech-flite-plugin | qt6-speech-speechd-plugin"; do
        if ! grep -qF "$needed" <<<"$depends"; then
            echo "the .deb does not depend on $needed" >&2
            exit 1
        fi
    done
fi
[[ "$(dpkg-deb -f "$deb" Version)" == "$version" ]] || { echo "wrong version" >&2; exit 1; }
echo "the .deb is complete"
