"""An e-mail draft (.eml) to the committee with the status report attached.

Standard MIME from the email package. The `X-Unsent: 1` header makes Outlook
open the file as an unsent draft (Thunderbird opens .eml as a message it can
"Edit as new"), so the secretariat can read it over before sending.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from email.header import Header
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import encode_rfc2231, formatdate
from pathlib import Path

from barometer_desktop.assembly.snapshot import BarometerSnapshot
from barometer_desktop.atomic_files import atomic_write
from barometer_desktop.domain.formatting import Lang
from barometer_desktop.report.front import counts_sentence
from barometer_desktop.report.text import report_language, translate
from barometer_desktop.write_targets import EML


def draft_message(
    pdf: Path,
    recipients: Sequence[str],
    *,
    year: int,
    organisation: str,
    final: bool,
    lang: Lang = "da",
    case_number: str = "",
    snapshot: BarometerSnapshot | None = None,
) -> EmailMessage:
    """The draft: subject with the edition and case number, a body that says which file is attached;
    with the report's `snapshot`, the body repeats the report's count of the goals."""
    pdf = Path(pdf)
    with report_language(lang):
        subject = translate("Report", "Integration barometer — status report {year}").format(year=year)
        if final:
            subject += ", " + translate("Report", "final edition")
        else:
            subject += " " + translate("Report", "(draft)")
        if case_number:
            subject += " · " + translate("Report", "Case no. {number}").format(number=case_number)
        edition = (
            translate("Report", "The attached file {file} is the final edition of the report.")
            if final
            else translate("Report", "The attached file {file} is a draft, not the final edition.")
        ).format(file=pdf.name)
        body = translate(
            "Report",
            "Dear committee members,\n\n"
            "Attached is the status report of the integration barometer for {year}. It shows how the "
            "goals of the integration policy developed, and how the committees followed up on their "
            "action plans.\n\n"
            "Kind regards\n{organisation}\n",
        ).format(year=year, organisation=organisation)
        paragraphs = body.split("\n\n")
        # The same count sentence as the report's summary (one verdict, in the same words),
        # then the edition sentence, after the main paragraph and before the closing.
        counts = [counts_sentence(snapshot)] if snapshot is not None else []
        body = "\n\n".join([*paragraphs[:-1], *counts, edition, paragraphs[-1]])
    # Headers we set raw (the attachment's names) are written as set, not refolded.
    message = EmailMessage(policy=SMTP.clone(refold_source="none"))
    message["To"] = ", ".join(recipients)
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"
    message.set_content(body)
    message.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name)
    *_, attachment = message.iter_attachments()
    _name_attachment(attachment, pdf.name)
    return message


def _name_attachment(part: EmailMessage, name: str) -> None:
    """The file name three ways, so every mail program shows it (older Outlook shows
    "ATT00001.bin" when it only finds RFC 2231's filename*): an ASCII filename, RFC
    2231's filename* with the real name, and an RFC 2047-encoded name on Content-Type."""
    ascii_name = _ascii(name)
    if ascii_name == name:
        return
    del part["Content-Type"]
    part.set_raw("Content-Type", f'application/pdf;\n name="{Header(name, "utf-8").encode(maxlinelen=998)}"')
    del part["Content-Disposition"]
    part.set_raw("Content-Disposition", f'attachment; filename="{ascii_name}";\n'
                 f" filename*={encode_rfc2231(name, 'utf-8')}")


_DANISH_LETTERS: dict[str, str | int | None] = {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"}
_DANISH_IN_ASCII = str.maketrans(_DANISH_LETTERS)


def _ascii(name: str) -> str:
    """"statusrapport-æøå.pdf" -> "statusrapport-aeoeaa.pdf": Danish letters as Danes write them in ASCII."""
    danish = name.translate(_DANISH_IN_ASCII)
    decomposed = unicodedata.normalize("NFKD", danish)
    return "".join(c for c in decomposed if c.isascii() and c not in '"\\') or "statusrapport.pdf"


def write_draft(message: EmailMessage, target: Path) -> Path:
    """Write the draft whole; replaces only an earlier e-mail draft, never a file of another kind."""
    return atomic_write(Path(target), bytes(message), EML)
