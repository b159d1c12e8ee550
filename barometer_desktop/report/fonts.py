"""The report's TrueType font, keeping the no-break space a character of its own.

ReportLab draws U+00A0 with the code of a plain space, so the PDF's text says
" " where the report holds "95 %" together: a reader copying the text, or
pdftotext, gets an ordinary space. Here the no-break space is given its own
code in the font subset, mapped to U+00A0 in the ToUnicode table (DejaVu
draws it with the space's glyph and width). The report's paragraphs are
left-aligned, so the word spacing of justified text, which applies to
code 32 only, never needed it.
"""

from __future__ import annotations

from reportlab.pdfbase.ttfonts import TTFont

NO_BREAK_SPACE = "\u00a0"
# ReportLab subsets this character like any other; after its first use the
# subset's entry is turned into the no-break space. A figure space never occurs
# in the report's text (formatting writes none).
_STAND_IN = "\u2007"


class ReportFont(TTFont):
    def splitString(self, text, doc, encoding="utf-8"):
        if NO_BREAK_SPACE not in text:
            return super().splitString(text, doc, encoding)
        state = self._assignState(doc)
        first_use = ord(_STAND_IN) not in state.assignments
        chunks = super().splitString(text.replace(NO_BREAK_SPACE, _STAND_IN), doc, encoding)
        if first_use:
            code = state.assignments[ord(_STAND_IN)]
            subset = state.subsets[code >> 8]
            subset[subset.index(ord(_STAND_IN))] = ord(NO_BREAK_SPACE)
        return chunks
