#!/usr/bin/env bash
# warta's footprint on a Cortex-M4: cross-compiles lib/*.c with
#   arm-none-eabi-gcc -std=c99 -mcpu=cortex-m4 -mthumb -Os -ffreestanding
# (Debian: gcc-arm-none-eabi) and prints the code (.text), read-only data
# (.rodata), data and bss of each file and in all, the symbols the library needs
# from outside (with and without WARTA_NO_LIBC), the largest stack frames
# (-fstack-usage), the deepest call chain and sizeof(warta_article).
#
# The deepest chain is computed, not guessed: -fcallgraph-info=su gives every
# call edge with each function's frame, and the worst chain is the longest
# path through that graph (recursion would make it unbounded, and fails).
# Calls through a pointer may reach any function whose address the library
# takes: a relocation of a function that is not a branch's, read from each
# object. memchr, memcmp, memcpy and memset of the C library, and the helpers
# of libgcc (the compiler's runtime, linked even without libc), count as
# LEAF_STACK bytes each: newlib's mem* for armv7e-m push at most 16 bytes,
# libgcc's __ctzdi2 none.
#
# Usage: tools/footprint.sh [--check]
#   --check  also fail unless code + rodata <= CODE_LIMIT, data + bss == 0,
#            the deepest chain <= STACK_LIMIT, nothing but memchr, memcmp,
#            memcpy, memset and libgcc is needed (only libgcc with
#            WARTA_NO_LIBC), and sizeof(warta_article) is within its budgets.
set -euo pipefail
export LC_ALL=C

CODE_LIMIT=40960    # bytes of code plus read-only data (issue 5: 40 KB)
STACK_LIMIT=1024    # bytes of stack for the deepest call chain (issue 5: 1 KB)
LEAF_STACK=32       # bytes assumed for a libc mem* function or a libgcc helper
TOP_FRAMES=8        # how many of the largest frames are listed

check=no
case "${1:-}" in
--check) check=yes ;;
"") ;;
*) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
cc=${ARM_CC:-arm-none-eabi-gcc}
prefix=${cc%gcc}
target=(-mcpu=cortex-m4 -mthumb)
flags=(-std=c99 "${target[@]}" -Os -ffreestanding -ffunction-sections -fdata-sections
       -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror)
command -v "$cc" >/dev/null || { echo "$cc not found (apt-get install gcc-arm-none-eabi)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 not found" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
mkdir -p "$work/libc" "$work/nolibc"

for c in lib/*.c; do
    name=$(basename "$c" .c)
    (cd "$work/libc" && "$cc" "${flags[@]}" -fstack-usage -fcallgraph-info=su -I"$root/include" \
        -c "$root/$c" -o "$name.o")
    "$cc" "${flags[@]}" -DWARTA_NO_LIBC -Iinclude -c "$c" -o "$work/nolibc/$name.o"
done

# libgcc's functions, which every gcc program may call.
"${prefix}nm" -g --defined-only "$("$cc" "${target[@]}" -print-libgcc-file-name)" |
    awk 'NF == 3 { print $3 }' | sort -u >"$work/libgcc"

# Symbols the objects use and no object defines.
needs() {
    "${prefix}nm" -g --defined-only "$1"/*.o | awk 'NF == 3 { print $3 }' | sort -u >"$1/defined"
    "${prefix}nm" -u "$1"/*.o | awk 'NF == 2 { print $2 }' | sort -u | comm -23 - "$1/defined" | tr '\n' ' '
}
needs_libc=$(needs "$work/libc")
needs_nolibc=$(needs "$work/nolibc")

for o in "$work"/libc/*.o; do
    "${prefix}objdump" -r "$o" >"${o%.o}.rel"
    "${prefix}nm" "$o" >"${o%.o}.sym"
done

echo "warta footprint: $("$cc" --version | head -n 1)"
echo "flags: ${flags[*]}"
echo
status=0
python3 - "$work/libc" "$CODE_LIMIT" "$STACK_LIMIT" "$LEAF_STACK" "$TOP_FRAMES" \
    "$needs_libc" "$needs_nolibc" "$check" "${prefix}size" "$work/libgcc" <<'PY' || status=1
import glob, os, re, subprocess, sys

objdir, code_limit, stack_limit, leaf_stack, top = sys.argv[1], *map(int, sys.argv[2:6])
needs_libc, needs_nolibc, check, size_tool = sys.argv[6].split(), sys.argv[7].split(), sys.argv[8] == "yes", sys.argv[9]
LIBC = {"memchr", "memcmp", "memcpy", "memset"}
with open(sys.argv[10]) as f:
    LIBGCC = set(f.read().split())
failures = []

# ---- sizes, per section kind ----
kinds = {"code": 0, "rodata": 0, "data": 0, "bss": 0}
print(f"{'file':<16}{'code':>8}{'rodata':>8}{'data':>6}{'bss':>6}")
for obj in sorted(glob.glob(os.path.join(objdir, "*.o"))):
    row = dict.fromkeys(kinds, 0)
    for line in subprocess.run([size_tool, "-A", obj], capture_output=True, text=True, check=True).stdout.splitlines():
        parts = line.split()
        if len(parts) < 2 or not parts[1].isdigit():
            continue
        name, size = parts[0], int(parts[1])
        if name.startswith(".text"):
            row["code"] += size
        elif name.startswith(".rodata"):
            row["rodata"] += size
        elif name.startswith(".data"):
            row["data"] += size
        elif name.startswith(".bss") or name == "COMMON":
            row["bss"] += size
    for k in kinds:
        kinds[k] += row[k]
    name = os.path.basename(obj)[:-2] + ".c"
    print(f"{name:<16}{row['code']:>8}{row['rodata']:>8}{row['data']:>6}{row['bss']:>6}")
print(f"{'total':<16}{kinds['code']:>8}{kinds['rodata']:>8}{kinds['data']:>6}{kinds['bss']:>6}")
flash = kinds["code"] + kinds["rodata"]
ram = kinds["data"] + kinds["bss"]
print(f"\ncode + rodata: {flash} bytes (limit {code_limit}); data + bss: {ram} bytes (limit 0)")
if flash > code_limit:
    failures.append(f"code + rodata is {flash} bytes, over {code_limit}")
if ram:
    failures.append(f"data + bss is {ram} bytes: the library has globals")

def needs(symbols):
    libgcc = [s for s in symbols if s in LIBGCC]
    other = [s for s in symbols if s not in LIBGCC]
    return " ".join(other) + (f" (and from libgcc: {' '.join(libgcc)})" if libgcc else "") or "nothing"
print(f"needs from outside: {needs(needs_libc)}")
print(f"with -DWARTA_NO_LIBC: {needs(needs_nolibc)}")
beyond = sorted(set(needs_libc) - LIBC - LIBGCC)
if beyond:
    failures.append("needs more than memchr/memcmp/memcpy/memset and libgcc: " + " ".join(beyond))
still = sorted(set(needs_nolibc) - LIBGCC)
if still:
    failures.append("with WARTA_NO_LIBC it still needs " + " ".join(still)
                    + " (calls the compiler made for a struct copy or a loop)")

# ---- the call graph of -fcallgraph-info=su ----
frame = {}        # node title -> bytes
label = {}        # node title -> function name as written
kind = {}         # node title -> static/dynamic/bounded
edges = {}        # node title -> set of callee titles
source_of = {}    # object base name -> source path as the .ci writes it
node_re = re.compile(r'node: \{ title: "([^"]*)" label: "([^"]*)"')
edge_re = re.compile(r'edge: \{ sourcename: "([^"]*)" targetname: "([^"]*)"')
for ci in glob.glob(os.path.join(objdir, "*.ci")):
    with open(ci) as f:
        for line in f:
            m = node_re.match(line)
            if m:
                title, lab = m.groups()
                parts = lab.split("\\n")
                if len(parts) == 3:
                    bytes_, qual = re.match(r"(\d+) bytes \((\w+)", parts[2]).groups()
                    frame[title], kind[title], label[title] = int(bytes_), qual, parts[0]
                    source_of[os.path.basename(ci)[:-3]] = parts[1].rsplit(":", 2)[0]
                continue
            m = edge_re.match(line)
            if m:
                edges.setdefault(m.group(1), set()).add(m.group(2))

# Functions whose address is taken: a relocation to a function that no branch makes.
BRANCHES = {"R_ARM_THM_CALL", "R_ARM_THM_JUMP24", "R_ARM_THM_JUMP19", "R_ARM_CALL", "R_ARM_JUMP24"}
taken = set()
for rel in glob.glob(os.path.join(objdir, "*.rel")):
    base = os.path.basename(rel)[:-4]
    src = source_of.get(base, "")
    funcs = set()
    with open(rel[:-4] + ".sym") as f:
        for line in f:
            p = line.split()
            if len(p) == 3 and p[1] in "tT":
                funcs.add(p[2])
    section = ""
    with open(rel) as f:
        for line in f:
            m = re.match(r"RELOCATION RECORDS FOR \[(.*)\]", line)
            if m:
                section = m.group(1)
                continue
            p = line.split()
            if len(p) != 3 or p[1] in BRANCHES or not p[1].startswith("R_ARM"):
                continue
            sym = p[2]
            if sym.startswith(".text.") and sym != section and sym[6:] in funcs:
                sym = sym[6:]
            elif sym not in funcs:
                continue
            taken.add(f"{src}:{sym}" if f"{src}:{sym}" in frame else sym)

def callees(node):
    for t in edges.get(node, ()):
        if t == "__indirect_call":
            yield from taken
        else:
            yield t

memo, unknown, cycles = {}, set(), set()
def worst(node, path=()):
    """The deepest chain from node: (bytes, [nodes])."""
    if node in memo:
        return memo[node]
    if node in path:
        cycles.add(" > ".join(label.get(n, n) for n in path[path.index(node):] + (node,)))
        return (0, [])
    if node not in frame:
        name = node.rsplit(":", 1)[-1]
        if name not in LIBC and name not in LIBGCC:
            unknown.add(name)
        return (leaf_stack, [node])
    best = (0, [])
    for t in callees(node):
        sub = worst(t, path + (node,))
        if sub[0] > best[0]:
            best = sub
    memo[node] = (frame[node] + best[0], [node] + best[1])
    return memo[node]

def show(chain):
    return " > ".join(f"{label.get(n, n.rsplit(':', 1)[-1])} ({frame.get(n, leaf_stack)})" for n in chain)

print(f"\nlargest stack frames (-fstack-usage), bytes:")
for n in sorted(frame, key=lambda n: (-frame[n], label[n]))[:top]:
    print(f"  {frame[n]:>5}  {label[n]} ({kind[n]})")
dynamic = sorted(label[n] for n in frame if kind[n] != "static")
if dynamic:
    failures.append("frames that are not static (VLA or alloca): " + " ".join(dynamic))

roots = sorted(frame)
deepest = max((worst(n) for n in roots), key=lambda w: w[0])
parse = worst("warta_parse") if "warta_parse" in frame else deepest
print(f"\ncalls through a pointer may reach: {' '.join(sorted(label.get(n, n) for n in taken)) or 'nothing'}")
print(f"deepest call chain from warta_parse: {parse[0]} bytes (limit {stack_limit})")
print(f"  {show(parse[1])}")
if deepest[1][:1] != parse[1][:1]:
    print(f"deepest call chain of all: {deepest[0]} bytes: {show(deepest[1])}")
if deepest[0] > stack_limit:
    failures.append(f"the deepest call chain needs {deepest[0]} bytes of stack, over {stack_limit}: {show(deepest[1])}")
if cycles:
    failures.append("recursion (the stack is unbounded): " + "; ".join(sorted(cycles)))
if unknown:
    failures.append("calls functions of unknown stack use: " + " ".join(sorted(unknown)))

if failures:
    print("\nover the limits:" if check else "\nover the limits (not enforced without --check):")
    for f in failures:
        print(f"  - {f}")
sys.exit(1 if failures and check else 0)
PY

echo
bash tests/header/article-size.sh "$cc" "${prefix}nm" "${target[@]}" | sed 's/^/Cortex-M4 /' || status=1
exit $status
