#!/usr/bin/env python3
"""Where a JVM's resident memory is, by component, from /proc/<pid>/smaps snapshots; several snapshots side by side.

    installer/benchmark/rss-breakdown.py SMAPS_FILE...       (e.g. the ones long-sitting.sh keeps with SNAPSHOTS=1)

Native Memory Tracking sees only the JVM's own memory, not what GTK, cairo, fontconfig or JavaFX's native code take,
and its detail report itself costs ~4 MiB of malloc (the ELF symbol tables it decodes stacks with). So this reads
the mappings instead, with a HotSpot x86-64/aarch64 layout in mind (compressed oops, Serial GC, no segmented code
cache: what the installers' options give):
  Java heap       anonymous memory below 32 GiB (where the JVM places a compressed-oops heap)
  class space/CDS anonymous or archive memory from 32 GiB up to 36 GiB (the shared archive and class space follow the heap)
  code cache      anonymous read-write-execute memory (the JIT's compiled code)
  native          the rest of the anonymous memory: glibc's malloc arenas (the [heap] and 64 MiB per-thread
                  heaps: JavaFX's and GTK's native code, fonts, direct buffers), the JVM's metaspace (whose 64 MiB
                  nodes look like arenas from outside: its share is in Native Memory Tracking's summary), stacks
  X shared memory SYSV segments: cairo's XShm upload pool (JavaFX's software renderer hands each frame to the X
                  server through it)
  files           libraries, fonts and the JDK's modules image, by name
"""
import os
import re
import sys

HEADER = re.compile(r'^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+\s*(.*)$')
GIB = 1 << 30


def component(start, perms, name):
    if name.startswith('/SYSV'):
        return 'X shared memory (cairo XShm pool)'
    if name == '[heap]':
        return 'native'
    if name.startswith('['):
        return 'other ' + name
    if name:
        if 32 * GIB <= start < 36 * GIB:
            return 'class space/CDS'
        return 'file ' + os.path.basename(name)
    if 'x' in perms:
        return 'code cache'
    if start < 32 * GIB:
        return 'Java heap'
    if start < 36 * GIB:
        return 'class space/CDS'
    return 'native'


def read(path):
    totals = {}
    current = None
    for line in open(path):
        header = HEADER.match(line)
        if header:
            start, end = int(header[1], 16), int(header[2], 16)
            current = component(start, header[3], header[4].strip())
        elif line.startswith('Rss:') and current:
            totals[current] = totals.get(current, 0) + int(line.split()[1])
    return totals


def label(path):
    """smaps-run-app-10 -> check 10; any other name -> its last 9 characters"""
    last = os.path.basename(path).rsplit('-', 1)[-1]
    return 'check ' + last if last.isdigit() else os.path.basename(path)[-9:]


def main(paths):
    if not paths:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    snapshots = [read(path) for path in paths]
    names = sorted(set().union(*snapshots), key=lambda n: -(snapshots[-1].get(n, 0) - snapshots[0].get(n, 0)))
    print('%-36s %s %9s' % ('MiB', ' '.join('%9s' % label(p) for p in paths), 'change'))
    rows = [('total', [sum(s.values()) for s in snapshots])]
    rows += [(n, [s.get(n, 0) for s in snapshots]) for n in names]
    for name, values in rows:
        if name != 'total' and max(values) < 1024 and abs(values[-1] - values[0]) < 256:
            continue
        print('%-36s %s %+9.1f' % (name[:36], ' '.join('%9.1f' % (v / 1024) for v in values),
                                   (values[-1] - values[0]) / 1024))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
