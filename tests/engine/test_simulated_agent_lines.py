"""What a simulated agent types: English as it always was, with the wording the preview translates.

Transcripts and the command line keep the English line; the event and the
transcript line carry the template and the visitor's name beside it, so the
French preview can greet "Bonjour Camille". Without a first name the greeting
is a sentence of its own: a translation has no word for the English "there".
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from designer.engine.conversation import Flow
from designer.engine.events import AgentSaid
from designer.engine.preview import (
    SIMULATED_LINES,
    UNNAMED_GREETING,
    LiveChatHub,
    simulated_line,
)
from designer.engine.routing import AgentState, AgentStatus, MemoryPositions, Router, Visitor
from designer.model.dialog import Dialog

EXAMPLES = Path(__file__).parents[2] / "examples"
SALES = Flow(Dialog.model_validate_json((EXAMPLES / "talk-to-sales.json").read_text()))


def _old_line(n: int, first_name: str | None) -> str:
    """How the lines were typed before they were worded: the oracle for the English."""
    line = SIMULATED_LINES[min(n, len(SIMULATED_LINES) - 1)]
    return line.format(name=first_name or "there")


@pytest.mark.parametrize("first_name", ["Camille", None, ""])
@pytest.mark.parametrize("n", [0, 1, 2, 3, 7])
def test_each_line_reads_as_before_and_is_its_template_filled(n: int, first_name) -> None:
    said = simulated_line(n, first_name)
    assert said.text == _old_line(n, first_name)
    assert said.text == said.template.format_map(dict(said.args))


def test_the_greeting_without_a_name_is_its_own_sentence() -> None:
    assert simulated_line(0, None).template == UNNAMED_GREETING
    assert simulated_line(0, None).args == ()
    assert dict(simulated_line(0, "Camille").args) == {"name": "Camille"}
    assert UNNAMED_GREETING == "Hi there, thanks for reaching out! How can I help?"


def test_the_agents_lines_carry_their_wording_and_the_transcript_keeps_the_english() -> None:
    saved: list[dict] = []

    class Sink:
        def save_transcript(self, **kwargs) -> None:
            saved.append(kwargs)

    async def scenario() -> list[AgentSaid]:
        agents = [AgentState("ana@acme.example", "Ana", True, AgentStatus.AVAILABLE, 2)]
        router = Router(agents, {"EMEA": ["ana@acme.example"]}, MemoryPositions())
        hub = LiveChatHub(
            router, simulated={"ana@acme.example"}, reply_delay=0.01, transcripts=Sink()
        )
        hub.start_simulated_agents()
        session = hub.open_session(SALES, Visitor(country="BE"))
        events = session.stream()
        session.start()
        session.choose("yes")
        session.reply("Camille")
        session.reply("camille@example.fr")
        session.reply("Acme")
        said: list[AgentSaid] = []
        while len(said) < 2:
            event = await asyncio.wait_for(events.get(), timeout=5)
            if isinstance(event, AgentSaid):
                said.append(event)
                if len(said) == 1:
                    session.reply("What does it cost?")
        session.leave()
        await hub.aclose()
        return said

    greeting, second = asyncio.run(scenario())
    assert greeting.text == "Hi Camille, thanks for reaching out! How can I help?"
    assert greeting.said is not None and greeting.said.template == SIMULATED_LINES[0]
    assert dict(greeting.said.args) == {"name": "Camille"}
    assert second.said is not None and second.said.text == second.text == SIMULATED_LINES[1]
    (transcript,) = saved
    agent_lines = [line for line in transcript["lines"] if line.sender == "agent"]
    assert [line.text for line in agent_lines] == [greeting.text, second.text]
    assert [line.said for line in agent_lines] == [greeting.said, second.said]
    # a person playing the agent types their own words: nothing to translate
    assert AgentSaid("ana@acme.example", "Ana", "Hello").said is None
