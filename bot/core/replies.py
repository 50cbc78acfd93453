"""The platform-neutral answer to a command, rendered by each chat adapter."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.core.models import Stance


class Tone(StrEnum):
    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Field:
    name: str
    value: str
    inline: bool = False


@dataclass(frozen=True)
class Link:
    label: str
    url: str


@dataclass(frozen=True)
class Image:
    data: bytes
    filename: str
    alt: str


@dataclass(frozen=True)
class Attachment:
    """A file that goes with a reply (an OPML export): attached where the platform allows."""

    data: bytes
    filename: str
    description: str


@dataclass(frozen=True)
class Reply:
    """What a command says. `private` replies are shown only to the caller where possible."""

    title: str
    text: str = ""
    fields: tuple[Field, ...] = ()
    links: tuple[Link, ...] = ()
    image: Image | None = None
    private: bool = True
    stance: Stance | None = None
    tone: Tone = Tone.INFO
    footer: str = ""
    attachment: Attachment | None = None
    language: str = "en"  # the reader's: an adapter's own words (pages, "continued") follow it

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: the contract of `stancebot ask --json`."""
        image = None
        if self.image is not None:
            image = {
                "filename": self.image.filename,
                "alt": self.image.alt,
                "base64": base64.b64encode(self.image.data).decode("ascii"),
            }
        return {
            "title": self.title,
            "text": self.text,
            "fields": [{"name": f.name, "value": f.value, "inline": f.inline} for f in self.fields],
            "links": [{"label": link.label, "url": link.url} for link in self.links],
            "image": image,
            "private": self.private,
            "stance": self.stance.value if self.stance else None,
            "tone": self.tone.value,
            "footer": self.footer,
            "attachment": _attachment_json(self.attachment),
            "language": self.language,
        }


def _attachment_json(attachment: Attachment | None) -> dict[str, str] | None:
    if attachment is None:
        return None
    return {
        "filename": attachment.filename,
        "description": attachment.description,
        "base64": base64.b64encode(attachment.data).decode("ascii"),
    }


def reply_from_json(data: dict[str, Any]) -> Reply:
    """The Reply `Reply.to_json` described (a bot message waiting in the outbox)."""
    image = data.get("image")
    return Reply(
        title=data["title"],
        text=data.get("text", ""),
        fields=tuple(Field(f["name"], f["value"], f.get("inline", False)) for f in data["fields"]),
        links=tuple(Link(link["label"], link["url"]) for link in data["links"]),
        image=Image(base64.b64decode(image["base64"]), image["filename"], image["alt"])
        if image
        else None,
        private=data.get("private", False),
        stance=Stance(data["stance"]) if data.get("stance") else None,
        tone=Tone(data.get("tone", Tone.INFO.value)),
        footer=data.get("footer", ""),
        attachment=_attachment_from(data.get("attachment")),
        language=data.get("language", "en"),
    )


def _attachment_from(data: dict[str, str] | None) -> Attachment | None:
    if not data:
        return None
    return Attachment(base64.b64decode(data["base64"]), data["filename"], data["description"])


def error_reply(message: str, *, title: str = "Sorry") -> Reply:
    return Reply(title=title, text=message, tone=Tone.ERROR, private=True)
