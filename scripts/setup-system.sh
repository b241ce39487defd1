#!/usr/bin/env bash
# Installs what a fresh machine of this kind lacks for the browser tests and PDFs:
# Debian's Chromium (test tools' own browser downloads fail here), Noto CJK fonts
# (without them every Chinese character is an empty box), the Song, Kai and Hei
# TrueType faces the PDF-ingest tests print official-layout reports with
# (fonts-arphic-*, fonts-wqy-zenhei: Chromium embeds them as named fonts, as
# Word does) and poppler-utils (pdftotext/pdftoppm read the PDFs back). Skips
# what is already there.
set -euo pipefail

installed() { dpkg -s "$1" >/dev/null 2>&1; }
missing=()
for package in chromium fonts-noto-cjk fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei poppler-utils; do
  installed "$package" || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: chromium, CJK fonts and poppler-utils are present"
  exit 0
fi

echo "setup: installing ${missing[*]} (Debian packages)"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
echo "setup: done"
