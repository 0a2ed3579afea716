#!/usr/bin/env bash
# Accuracy of the title classifier on the hand-labelled gold set (Datasets/gold/titles.csv):
# precision, recall and F1 of the AI and GenAI flags, per-layer precision and recall, the
# confusion matrix, and the same by source and by language, for the tuning sources, the sources
# held out whole, and all. Deterministic: the figures depend only on the taxonomy and the titles.
#
# usage: Benchmarks/classifier_accuracy.sh [--taxonomy FILE] [--errors N] [--no-tags]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product careershift >&2
exec .build/release/careershift postings evaluate Datasets/gold/titles.csv "$@"
