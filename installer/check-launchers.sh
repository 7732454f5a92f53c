#!/usr/bin/env bash
# Checks what can be checked here of the launchers on other OSes: ./fleetscope, fleetscope.cmd and the installers
# (installer/build.sh) start the console's JVM with the same options, and every file keeps the line endings .gitattributes
# gives it (CRLF for Windows batch files, LF for the rest). Run from anywhere; prints what differs.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0

options() { tr ' ' '\n' | grep -E '^-' | sort; }
# ./fleetscope's options for every run, and those it adds for the console (commands get others of their own)
sh_options="$(sed -n '/^\(jvm\|console\)_options=(/,/)/p' fleetscope | tr -d '()' | sed 's/^[a-z]*_options=//' | options)"
cmd_options="$(sed -n 's/^set "JVM_OPTIONS=\(-[^"]*\)"\r\?$/\1/p' fleetscope.cmd | options)"
installer_options="$(sed -n 's/.*--java-options "\([^"]*\)".*/\1/p' installer/build.sh | options)"
for launcher in fleetscope.cmd installer/build.sh; do
  theirs="$([ "$launcher" = fleetscope.cmd ] && echo "$cmd_options" || echo "$installer_options")"
  if [ -z "$sh_options" ] || [ "$sh_options" != "$theirs" ]; then
    echo "JVM options of $launcher differ from ./fleetscope's:"
    diff <(echo "$sh_options") <(echo "$theirs") || true
    status=1
  fi
done

# git ls-files --eol: index, working tree, attributes, path. A text file is stored with LF; checked out, .cmd and
# .bat files have CRLF and the others LF (files marked -text are left as they are).
wrong="$(git ls-files --eol | awk '$3 != "attr/-text" && $1 != "i/-text" && $2 != "w/" {
  crlf = ($NF ~ /\.(cmd|bat)$/)
  if ($1 != "i/lf" && $1 != "i/none") print "stored " $1 ": " $NF
  else if (crlf && $2 != "w/crlf") print "checked out " $2 ", wants CRLF: " $NF
  else if (!crlf && $2 != "w/lf" && $2 != "w/none") print "checked out " $2 ", wants LF: " $NF
}')"
if [ -n "$wrong" ]; then
  echo "line endings that .gitattributes does not give (git add --renormalize . mends the index):"
  echo "$wrong"
  status=1
fi
[ $status -eq 0 ] && echo "launchers agree on JVM options; line endings as .gitattributes says"
exit $status
