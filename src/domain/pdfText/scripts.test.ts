import { describe, expect, it } from 'vitest'
import { fontFor, isStandardText, normalizePdfText, planText, planTexts, replacementFor } from './scripts'

const cp = (c: string) => c.codePointAt(0) ?? 0

describe('fontFor', () => {
  it.each([
    ['Turkish ğ', 'ğ', 'base'],
    ['Turkish dotless ı', 'ı', 'base'],
    ['Turkish dotted İ', 'İ', 'base'],
    ['Polish ł', 'ł', 'base'],
    ['Polish ą', 'ą', 'base'],
    ['Vietnamese ệ', 'ệ', 'base'],
    ['Greek λ', 'λ', 'base'],
    ['Cyrillic Ж', 'Ж', 'base'],
    ['the euro sign', '€', 'base'],
    ['Arabic ع', 'ع', 'arabic'],
    ['an Arabic presentation form (lam-alef)', '\uFEFB', 'arabic'],
    ['Hebrew ש', 'ש', 'hebrew'],
    ['a common Chinese character', '中', 'cjk'],
    ['a traditional Chinese character', '國', 'cjk'],
    ['Japanese kana', 'の', 'cjk'],
    ['CJK full stop', '。', 'cjk'],
  ])('shows %s with the %s font', (_, char, font) => {
    expect(fontFor(cp(char))).toBe(font)
  })

  it.each([
    ['an emoji', '😀'],
    ['Devanagari', 'न'],
    ['Thai', 'ก'],
    ['a rare ideograph outside the common subset', '\u9FA6'],
    ['an ideograph outside the Basic Multilingual Plane', '𠀀'],
    ['Korean hangul (Droid Sans Fallback has none)', '한'],
  ])('has no font for %s', (_, char) => {
    expect(fontFor(cp(char))).toBeNull()
  })
})

describe('planText', () => {
  it('needs no font for text in the standard fonts set, so such a PDF is made as before', () => {
    expect(planText('Société Générale – “quoted” …')).toEqual({
      text: 'Société Générale – “quoted” …',
      fonts: new Set(),
      unshown: [],
    })
    expect(isStandardText('Société')).toBe(true)
  })

  it('keeps the symbols the app writes in ASCII, as the standard fonts always did', () => {
    expect(normalizePdfText('x ≥ 3 → y − 1')).toBe('x >= 3 -> y - 1')
    expect(planText('x ≥ 3').fonts.size).toBe(0)
  })

  it('composes accents typed as combining marks, so a precomposed glyph is used', () => {
    expect(normalizePdfText('Cafe\u0301')).toBe('Café')
    expect(planText('Cafe\u0301').fonts.size).toBe(0)
  })

  it('needs only the base font for Turkish, Polish, Greek and Cyrillic', () => {
    const plan = planText('Gökçe Yılmaz, İstanbul; Łódź; Αθήνα; Москва')
    expect([...plan.fonts]).toEqual(['base'])
    expect(plan.unshown).toEqual([])
    expect(plan.text).toBe('Gökçe Yılmaz, İstanbul; Łódź; Αθήνα; Москва')
  })

  it('loads the Arabic, Hebrew and CJK fonts only for text that has those scripts', () => {
    expect([...planText('لجنة الاستثمار').fonts].sort()).toEqual(['arabic', 'base'])
    expect([...planText('שלום').fonts].sort()).toEqual(['base', 'hebrew'])
    expect([...planText('李伟 (中国)').fonts].sort()).toEqual(['base', 'cjk'])
  })

  it('writes a character no font has as its code, visibly, never a silent question mark', () => {
    const plan = planText('Great 😀 work 😀')
    expect(plan.text).toBe('Great [U+1F600] work [U+1F600]')
    expect(plan.unshown).toEqual([{ char: '😀', code: 'U+1F600' }])
    expect(replacementFor(0x928)).toBe('[U+0928]')
  })

  it('drops the invisible variation selector and joiner of an emoji sequence, reporting the emoji', () => {
    const plan = planText('ok \u2764\uFE0F')
    expect(plan.unshown.map((u) => u.code)).toEqual(['U+2764'])
    expect(plan.text).toBe('ok [U+2764]')
  })
})

describe('planTexts', () => {
  it('lists each unshown character once, with every place it occurs', () => {
    const plan = planTexts([
      { where: 'Cover: Prepared by', text: 'Ana 😀' },
      { where: 'Engagement questions and log', text: '😀 and नमस्ते' },
      { where: 'Cover: Prepared by', text: '😀 again' },
      { where: 'Checklist answers and evidence', text: 'Plain text' },
    ])
    expect(plan.unshown.map((u) => [u.code, u.where])).toEqual([
      ['U+1F600', ['Cover: Prepared by', 'Engagement questions and log']],
      ['U+0928', ['Engagement questions and log']],
      ['U+092E', ['Engagement questions and log']],
      ['U+0938', ['Engagement questions and log']],
      ['U+094D', ['Engagement questions and log']],
      ['U+0924', ['Engagement questions and log']],
      ['U+0947', ['Engagement questions and log']],
    ])
    expect([...plan.fonts]).toEqual(['base'])
  })

  it('needs nothing for an all-standard document', () => {
    expect(planTexts([{ where: 'x', text: 'Palantir Technologies' }])).toEqual({ fonts: new Set(), unshown: [] })
  })
})
