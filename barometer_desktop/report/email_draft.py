"""An e-mail draft (.eml) to the committee with the status report attached.

Standard MIME from the email package. The `X-Unsent: 1` header makes Outlook
open the file as an unsent draft (Thunderbird opens .eml as a message it can
"Edit as new"), so the secretariat can read it over before sending.
"""

from __future__ import annotations

from collections.abc import Sequence
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate
from pathlib import Path

from barometer_desktop.assembly.snapshot import BarometerSnapshot
from barometer_desktop.report.build import write_atomically
from barometer_desktop.report.front import counts_sentence
from barometer_desktop.report.text import report_language, translate


def draft_message(
    pdf: Path,
    recipients: Sequence[str],
    *,
    year: int,
    organisation: str,
    final: bool,
    lang: str = "da",
    snapshot: BarometerSnapshot | None = None,
) -> EmailMessage:
    """The draft; with the report's `snapshot`, the body repeats the report's count of the goals."""
    pdf = Path(pdf)
    with report_language(lang):
        subject = translate("Report", "Integration barometer — status report {year}").format(year=year)
        if not final:
            subject += " " + translate("Report", "(draft)")
        body = translate(
            "Report",
            "Dear committee members,\n\n"
            "Attached is the status report of the integration barometer for {year}. It shows how the "
            "goals of the integration policy developed, and how the committees followed up on their "
            "action plans.\n\n"
            "Kind regards\n{organisation}\n",
        ).format(year=year, organisation=organisation)
        if snapshot is not None:
            # The same sentence as the report's summary: one verdict, in the same words.
            first, _, rest = body.partition("\n\n")
            rest_first, _, rest_rest = rest.partition("\n\n")
            body = "\n\n".join([first, rest_first, counts_sentence(snapshot), rest_rest])
    message = EmailMessage(policy=SMTP)
    message["To"] = ", ".join(recipients)
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"
    message.set_content(body)
    message.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name)
    return message


def write_draft(message: EmailMessage, target: Path) -> Path:
    write_atomically(bytes(message), Path(target))
    return Path(target)
