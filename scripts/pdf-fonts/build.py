#!/usr/bin/env python3
"""
Builds the fonts the briefing PDF embeds when its text needs more than the standard fonts'
WinAnsi set (issue #13), and the coverage table the app checks text against.

Sources (Debian packages; run as root: apt-get install fonttools fonts-noto-core fonts-droid-fallback):
  Noto Sans, Noto Sans Arabic, Noto Sans Hebrew (fonts-noto-core, SIL Open Font License 1.1)
  Droid Sans Fallback (fonts-droid-fallback, Apache License 2.0) for CJK: the only TrueType-outline
  CJK font packaged (Noto Sans CJK is CFF, which jsPDF cannot embed).

Outputs (committed; re-run only to change the coverage):
  src/features/briefing/fonts/*.ttf        subset, unhinted, no layout tables (jsPDF uses none)
  src/domain/pdfText/coverage.ts           the code points each font file covers

Run from the repository root: /usr/bin/python3 scripts/pdf-fonts/build.py
"""
import base64
import os
import subprocess
import sys

from fontTools.ttLib import TTFont

NOTO = '/usr/share/fonts/truetype/noto'
DROID = '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf'
OUT = 'src/features/briefing/fonts'
COVERAGE = 'src/domain/pdfText/coverage.ts'

# Latin (Latin-1, Extended-A and -B, Latin Extended Additional for Vietnamese), spacing modifier
# letters and combining marks, modern Greek, Cyrillic (and its supplement), punctuation, super- and
# subscripts, currency, letterlike symbols, number forms, arrows, mathematical operators, geometric
# shapes, the fi/fl ligatures and the replacement character. Left out to keep the files small: IPA,
# phonetic extensions, polytonic Greek, Latin Extended-C/D/E, Cyrillic Extended-A/B/C.
BASE_RANGES = [
    (0x20, 0x7E), (0xA0, 0x24F), (0x2B0, 0x36F), (0x370, 0x3FF), (0x400, 0x52F), (0x1E00, 0x1EFF),
    (0x2000, 0x206F), (0x2070, 0x209F), (0x20A0, 0x20CF), (0x2100, 0x214F), (0x2150, 0x218F),
    (0x2190, 0x21FF), (0x2200, 0x22FF), (0x25A0, 0x25FF), (0xFB00, 0xFB06), (0xFFFD, 0xFFFD),
]
ARABIC_RANGES = [(0x600, 0x6FF), (0x750, 0x77F), (0x8A0, 0x8FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)]
CJK_BITMAP_START, CJK_BITMAP_END = 0x2E80, 0xFFEF
HEBREW_RANGES = [(0x590, 0x5FF), (0xFB1D, 0xFB4F)]


def cjk_common():
    """Common CJK: all of GB 2312 (6,763 simplified hanzi), Big5 level 1 (5,401 frequent
    traditional hanzi), JIS X 0208 (6,355 kanji, kana), the hanja of KS X 1001, CJK punctuation,
    full- and half-width forms, bopomofo, as far as Droid Sans Fallback has them (it has no
    hangul syllables: Korean text is reported as not shown)."""
    chars = set()

    def grid(codec, rows, cols):
        for a in rows:
            for b in cols:
                try:
                    chars.update(bytes([a, b]).decode(codec))
                except UnicodeDecodeError:
                    pass

    grid('gb2312', range(0xA1, 0xF8), range(0xA1, 0xFF))
    grid('euc_jp', range(0xA1, 0xF5), range(0xA1, 0xFF))
    grid('euc_kr', range(0xA1, 0xFE), range(0xA1, 0xFF))
    for a in range(0xA4, 0xC7):
        for b in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            if (a, b) > (0xC6, 0x7E):
                break
            try:
                chars.update(bytes([a, b]).decode('big5'))
            except UnicodeDecodeError:
                pass
    cps = {ord(c) for c in chars if ord(c) > 0x2E7F}
    cps.update(range(0x3000, 0x3040))  # CJK symbols and punctuation
    cps.update(range(0x3040, 0x3100))  # hiragana, katakana
    cps.update(range(0x3100, 0x3130))  # bopomofo
    cps.update(range(0xFF00, 0xFFF0))  # full- and half-width forms
    return cps


def expand(ranges):
    return {c for a, b in ranges for c in range(a, b + 1)}


def subset(src, dest, codepoints):
    unicodes = ','.join('U+%04X' % c for c in sorted(codepoints))
    subprocess.run(
        [
            'pyftsubset', src, '--output-file=' + dest, '--unicodes=' + unicodes, '--no-hinting',
            '--layout-features=', '--drop-tables+=GSUB,GPOS,GDEF,BASE,JSTF,MATH,DSIG,meta,FFTM,vhea,vmtx,VORG',
            '--name-IDs=0,1,2,3,4,5,6,13,14', '--notdef-outline', '--no-glyph-names',
        ],
        check=True,
    )
    return set(TTFont(dest).getBestCmap())


def ranges_of(cps):
    out = []
    for c in sorted(cps):
        if out and out[-1][1] == c - 1:
            out[-1][1] = c
        else:
            out.append([c, c])
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    covered = {}
    base = expand(BASE_RANGES)
    for style in ('Regular', 'Bold', 'Italic'):
        got = subset(f'{NOTO}/NotoSans-{style}.ttf', f'{OUT}/NotoSans-{style}.ttf', base)
        covered.setdefault('base', got)
        covered['base'] &= got  # a character counts only if every style has it
    for name, ranges in (('Arabic', ARABIC_RANGES), ('Hebrew', HEBREW_RANGES)):
        key = name.lower()
        for style in ('Regular', 'Bold'):
            got = subset(f'{NOTO}/NotoSans{name}-{style}.ttf', f'{OUT}/NotoSans{name}-{style}.ttf', expand(ranges))
            covered.setdefault(key, got)
            covered[key] &= got
    covered['cjk'] = subset(DROID, f'{OUT}/DroidSansFallback-CJK.ttf', cjk_common())
    # What the base font covers is never looked up in the others.
    for key in ('arabic', 'hebrew', 'cjk'):
        covered[key] -= covered['base']
    with open(COVERAGE, 'w') as f:
        f.write('// Generated by scripts/pdf-fonts/build.py from the subset font files: do not edit.\n')
        f.write('/** The code points each PDF font file covers, as inclusive [from, to] ranges. */\n')
        f.write('export const FONT_COVERAGE = {\n')
        for key in ('base', 'arabic', 'hebrew'):
            flat = ','.join(f'{a},{b}' for a, b in ranges_of(covered[key]))
            f.write(f'  {key}: [{flat}],\n')
        f.write('} as const\n\n')
        cjk = covered['cjk']
        lo, hi = CJK_BITMAP_START, CJK_BITMAP_END
        assert all(lo <= c <= hi for c in cjk), 'CJK coverage outside the bitmap'
        bits = bytearray((hi - lo + 1 + 7) // 8)
        for c in cjk:
            bits[(c - lo) >> 3] |= 1 << ((c - lo) & 7)
        f.write(f'/** The CJK font\'s code points from U+{lo:04X} to U+{hi:04X}: bit (c - start) of a base64 bitmap. */\n')
        f.write(f'export const CJK_COVERAGE = {{ start: {lo}, end: {hi}, bitmap: \'{base64.b64encode(bytes(bits)).decode()}\' }} as const\n')
    for key, cps in covered.items():
        print(key, len(cps), 'code points', file=sys.stderr)


main()
