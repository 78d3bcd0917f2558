/**
 * The rich-text schema is defined once (shared/collab/richTextSchema.ts): text the server writes is a
 * valid document of the editors' schema, and what an editor writes (lists, quotes, breaks, marks) reads
 * back as the plain text reports and REST show.
 */
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { fragmentToPlainText, setFragmentPlainText } from '../../../shared/collab/richText.js'
import { richTextSchema } from '../../../shared/collab/richTextSchema.js'

const fresh = () => new Y.Doc().getXmlFragment('f')
const p = (...content: unknown[]) => ({ type: 'paragraph', content })
const t = (text: string, marks?: string[]) => ({
  type: 'text',
  text,
  ...(marks ? { marks: marks.map((type) => ({ type })) } : {}),
})

describe('rich text, one schema', () => {
  it('plain text round-trips through a fragment, and the fragment is a valid editor document', () => {
    for (const text of [
      'Bir qator.',
      'Birinchi.\nIkkinchi.\n\nUchinchi «qoʻshtirnoq» — tire',
      'Статья 5.\nЎзбек',
    ]) {
      const fragment = fresh()
      setFragmentPlainText(fragment, text)
      expect(fragmentToPlainText(fragment)).toBe(text)
      const doc = yXmlFragmentToProseMirrorRootNode(fragment, richTextSchema)
      expect(() => doc.check()).not.toThrow()
      expect(doc.childCount).toBe(text.split('\n').length)
    }
  })

  it('what an editor writes reads back one line per text block', () => {
    const json = {
      type: 'doc',
      content: [
        p(t('Bold', ['bold']), t(' and '), t('italic', ['italic'])),
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [p(t('first'))] },
            { type: 'listItem', content: [p(t('second'))] },
          ],
        },
        { type: 'orderedList', content: [{ type: 'listItem', content: [p(t('one'))] }] },
        { type: 'blockquote', content: [p(t('quoted'), { type: 'hardBreak' }, t('next line'))] },
        p(),
        p(t('last')),
      ],
    }
    expect(() => richTextSchema.nodeFromJSON(json).check()).not.toThrow()
    const fragment = fresh()
    prosemirrorJSONToYXmlFragment(richTextSchema, json, fragment)
    expect(fragmentToPlainText(fragment)).toBe(
      'Bold and italic\nfirst\nsecond\none\nquoted\nnext line\n\nlast',
    )
  })

  it('elements the schema does not know are read as containers, so their text is not lost', () => {
    const fragment = fresh()
    const odd = new Y.XmlElement('heading')
    odd.insert(0, [new Y.XmlText('A heading from older data')])
    fragment.insert(0, [odd])
    expect(fragmentToPlainText(fragment)).toBe('A heading from older data')
  })
})
