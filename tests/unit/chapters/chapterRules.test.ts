import { describe, expect, it } from 'vitest'

import { chapterRuleViolations } from '@/lib/chapters/chapterRules'

const chapters = (...starts: number[]) => starts.map((start, index) => ({ title: `Part ${index + 1}`, start, anchor: `part-${index + 1}` }))

describe('chapterRuleViolations (YouTube’s rules)', () => {
  it('accepts no chapters at all, and a valid list', () => {
    expect(chapterRuleViolations([])).toEqual([])
    expect(chapterRuleViolations(chapters(0, 10, 20), { duration: 30 })).toEqual([])
    expect(chapterRuleViolations(chapters(0, 425, 1110, 1720), { duration: 1934 })).toEqual([])
  })

  it('requires the first chapter at 0:00', () => {
    expect(chapterRuleViolations(chapters(5, 60, 120))).toEqual([
      'The first chapter must start at 0:00; “Part 1” (0:05) is the first. Mark the first heading 0:00, or add an opening heading at 0:00.',
    ])
  })

  it('requires at least three chapters', () => {
    expect(chapterRuleViolations(chapters(0, 60))).toEqual(['YouTube needs at least 3 chapters; the script marks 2.'])
  })

  it('requires ascending times', () => {
    expect(chapterRuleViolations(chapters(0, 120, 60))).toEqual([
      'Chapters must be in ascending order: “Part 3” (1:00) comes after “Part 2” (2:00) in the script.',
    ])
    expect(chapterRuleViolations(chapters(0, 60, 60))).toContain(
      'Chapters must be in ascending order: “Part 3” (1:00) comes after “Part 2” (1:00) in the script.',
    )
  })

  it('requires each chapter to last at least 10 seconds, the last one to the end of the video', () => {
    expect(chapterRuleViolations(chapters(0, 9, 60))).toEqual(['“Part 1” (0:00) lasts 9 s; each chapter must last at least 10 s.'])
    expect(chapterRuleViolations(chapters(0, 30, 60), { duration: 65 })).toEqual([
      '“Part 3” (1:00) lasts 5 s to the end of the video; each chapter must last at least 10 s.',
    ])
  })

  it('rejects chapters past the video’s duration', () => {
    expect(chapterRuleViolations(chapters(0, 30, 90), { duration: 80 })).toEqual(['“Part 3” (1:30) starts after the end of the video (1:20).'])
  })
})
