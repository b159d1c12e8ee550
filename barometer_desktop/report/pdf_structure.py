"""Write the recorded structure tree into the PDF ReportLab is about to save.

The tagger (report/tagging.py) knows, for every page, which structure
element each marked-content id belongs to, and which element each link
annotation belongs to. This module turns that into PDF objects with
ReportLab's own low-level classes (no second PDF library, so the report
stays one pass and final editions stay byte-reproducible):

- StructTreeRoot with the element tree (/K, /P, /Pg, /Alt, /Lang, /A),
- the ParentTree (page /StructParents and annotation /StructParent keys to
  elements), the pages' /StructParents and /Tabs /S,
- /MarkInfo << /Marked true >>, /ViewerPreferences << /DisplayDocTitle true >>,
  and XMP metadata with dc:title and pdfuaid:part 1.
"""

from __future__ import annotations

from datetime import UTC, datetime
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFPage,
    PDFStream,
    PDFString,
    PDFtrue,
)

from barometer_desktop.report.tagging import AnnotationRef, MarkedContent, StructNode, Tagger

_PAGE_KEYS = [*PDFPage.__NoDefault__, "StructParents", "Tabs"]


def mark_page(page: PDFPage, key: int) -> None:
    """Give a page its ParentTree key and the structure tab order."""
    page.__NoDefault__ = _PAGE_KEYS  # instance attribute: PDFCatalog.format reads it there
    page.StructParents = key
    page.Tabs = PDFName("S")


def write_structure(document, tagger: Tagger, pages: list, page_keys: list[int], *, title: str,
                    created: datetime) -> None:
    """Add the structure tree, the parent tree, MarkInfo, viewer preferences and XMP to `document`."""
    page_refs = [document.Reference(page) for page in pages]
    root = PDFDictionary({"Type": PDFName("StructTreeRoot")})
    root_ref = document.Reference(root)
    elements: dict[int, object] = {}  # id(node) -> reference
    _element(document, tagger.root, root_ref, page_refs, elements, tagger.annotation_objects)
    root["K"] = PDFArray([elements[id(tagger.root)]])

    numbers: list = []
    for page, key in enumerate(page_keys):
        marks = tagger.page_marks.get(page, [])
        numbers += [key, PDFArray([elements[id(node)] for node in marks])]
    annotation_keys = {reference.key: node for reference, node in tagger.annotations}
    for key in sorted(annotation_keys):
        numbers += [key, elements[id(annotation_keys[key])]]
    # A number tree's keys must be sorted.
    pairs = sorted(zip(numbers[::2], numbers[1::2]), key=lambda pair: pair[0])
    root["ParentTree"] = document.Reference(PDFDictionary({"Nums": PDFArray([x for pair in pairs for x in pair])}))
    root["ParentTreeNextKey"] = tagger.next_free_key

    catalog = document.Catalog
    catalog.PageMode = PDFName("UseOutlines")  # the bookmarks panel opens with the document
    catalog.StructTreeRoot = root_ref
    catalog.MarkInfo = PDFDictionary({"Marked": PDFtrue})
    catalog.ViewerPreferences = PDFDictionary({"DisplayDocTitle": PDFtrue})
    catalog.Metadata = _xmp(title, tagger.root.lang or "da", created)


def _element(document, node: StructNode, parent_ref, page_refs: list, elements: dict,
             tagger_annotations: dict) -> None:
    element = PDFDictionary({"Type": PDFName("StructElem"), "S": PDFName(node.role), "P": parent_ref})
    reference = document.Reference(element)
    elements[id(node)] = reference
    pages = {kid.page for kid in node.kids if isinstance(kid, (MarkedContent, AnnotationRef))}
    own_page = pages.pop() if len(pages) == 1 else None
    if own_page is not None:
        element["Pg"] = page_refs[own_page]
    kids = []
    for kid in node.kids:
        if isinstance(kid, StructNode):
            _element(document, kid, reference, page_refs, elements, tagger_annotations)
            kids.append(elements[id(kid)])
        elif isinstance(kid, MarkedContent):
            if kid.page == own_page:
                kids.append(kid.mcid)
            else:
                kids.append(PDFDictionary({"Type": PDFName("MCR"), "Pg": page_refs[kid.page], "MCID": kid.mcid}))
        else:
            annotation = tagger_annotations[kid.key]
            kids.append(PDFDictionary({"Type": PDFName("OBJR"), "Pg": page_refs[kid.page],
                                       "Obj": document.Reference(annotation)}))
    if len(kids) == 1:
        element["K"] = kids[0]
    elif kids:
        element["K"] = PDFArray(kids)
    if node.alt:
        element["Alt"] = PDFString(node.alt)
    if node.lang:
        element["Lang"] = PDFString(node.lang)
    if node.attributes:
        element["A"] = PDFDictionary({name: PDFName(value) if isinstance(value, str) else value
                                      for name, value in node.attributes.items()})


def _xmp(title: str, lang: str, created: datetime) -> PDFStream:
    when = created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    text = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about=""\n'
        '  xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '  xmlns:xmp="http://ns.adobe.com/xap/1.0/"\n'
        '  xmlns:pdf="http://ns.adobe.com/pdf/1.3/"\n'
        '  xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">\n'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>\n'
        f'<dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag></dc:language>\n'
        '<dc:format>application/pdf</dc:format>\n'
        f'<xmp:CreateDate>{when}</xmp:CreateDate>\n'
        '<xmp:CreatorTool>Integrationsbarometer Desktop</xmp:CreatorTool>\n'
        '<pdf:Producer>ReportLab PDF Library - www.reportlab.com</pdf:Producer>\n'
        '<pdfuaid:part>1</pdfuaid:part>\n'
        '</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end="w"?>'
    )
    stream = PDFStream(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
                       text.encode("utf-8"), filters=[])
    return stream
