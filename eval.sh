#!/usr/bin/env bash
# Scores the embedded analyzer on a SemEval-2014 or SemEval-2016 aspect-based sentiment XML file, or on an own set of
# labelled comments in any language (a .tsv of label TAB text lines, tools/SupportSignals.Train/data).
# Usage: ./eval.sh <file.xml|file.tsv> [--lang xx] [--errors] [--half first|second] [--rules]   (--errors lists misread
#        sentences on stderr; --half scores only that half of the sentences in file order: look for errors in the first,
#        report the second; --rules reads with the rules alone, without the learned English second stage the product
#        runs after them; --lang gives the analyzer the source's language hint, else each text's language is detected;
#        a .tsv line is read as the product reads a comment, and without --lang detected_languages= counts the
#        languages the comments were read in)
#        ./eval.sh <file.xml> --agreement <other.xml>   (scores the other file's annotations as a reader of the
#                                          sentences both hold: how far two annotation efforts agree)
#        ./eval.sh --analyse "<text>"     (prints one analysis as JSON)
# Prints service_precision, service_recall, service_f1, service_polarity_accuracy, service_end_to_end_f1,
# sentence_polarity_accuracy (not for a .tsv: its labels give none) and sentences_per_second, one per line (definitions:
# tools/SupportSignals.Eval/ServiceScore.cs).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dotnet build "$root/tools/SupportSignals.Eval/SupportSignals.Eval.csproj" -c Release -nologo -v quiet >&2
exec dotnet "$root/tools/SupportSignals.Eval/bin/Release/net10.0/SupportSignals.Eval.dll" "$@"
