#!/usr/bin/env bash
# Coverage-guided fuzzing of ArticleExtractor with AFL++ through SharpFuzz.
# Needs afl++ (apt-get install afl++) and the sharpfuzz tool (dotnet tool install --global SharpFuzz.CommandLine).
# Usage: fuzz/run-afl.sh [SECONDS] [FINDINGS_DIR]    (defaults: 600, fuzz/findings)
# Failing inputs land in FINDINGS_DIR/default/crashes; replay them with
#   dotnet fuzz/ArabicNews.Extraction.Fuzz/bin/afl/ArabicNews.Extraction.Fuzz.dll replay FILE...
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
findings="${2:-fuzz/findings}"
build=fuzz/ArabicNews.Extraction.Fuzz/bin/afl
export PATH="$PATH:$HOME/.dotnet/tools"

dotnet publish fuzz/ArabicNews.Extraction.Fuzz -c Release -o "$build" --nologo -v quiet
# Instrument only the library under test: coverage of the runtime and of Lucene would drown its signal.
sharpfuzz "$build/ArabicNews.Extraction.dll"

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
afl-fuzz -V "$seconds" -t 10000 -m none -i fuzz/corpus -o "$findings" -- dotnet "$build/ArabicNews.Extraction.Fuzz.dll" afl
