"""``designer simulate``: many visitors through a dialog and the workspace's routing."""

from __future__ import annotations

import argparse
import json
import sys

from designer.cli import EXIT_OK

EPILOG = """\
The report lists outcomes, assignments per agent and per team, fallbacks and
why, chats the safety net and account routing gave out, drop-offs per card and
the most frequent paths. The same seed gives the same report. Agents, teams,
account routing and the safety-net switch come from the workspace (see
'designer agents', 'designer accounts' and 'designer settings').

profile-mix file (JSON):
  {"arrival_seconds": 30, "chat_minutes": 8,
   "profiles": [{"name": "Paris", "weight": 3, "country": "FR",
                 "page_url": "https://acme.example/pricing",
                 "fields": {"first_name": "Camille"},
                 "answers": {"ask-sales": {"yes": 3, "no": 1}},
                 "drop_rate": 0.05}]}

examples:
  designer simulate examples/talk-to-sales.json --visitors 10000
  designer simulate talk.json --profiles examples/simulation/profiles.json --seed 7 --json
  designer simulate talk.json --visitors 500 --save
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "simulate",
        help="run many simulated visitors through a dialog and report where they went",
        description="Run N simulated visitors through a dialog and the workspace's routing.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("file", metavar="FILE", help="the dialog file")
    p.add_argument("--visitors", type=_positive, default=1000, help="how many (default 1000)")
    p.add_argument(
        "--profiles",
        metavar="FILE",
        help="a profile-mix file (default: a mix of France, Belgium, the US, Germany and Japan)",
    )
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--save", action="store_true", help="keep the run in the workspace")
    p.add_argument("--database", metavar="URL", help="workspace database URL or SQLite file")
    p.set_defaults(handler=run_simulate)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if not 1 <= value <= 10_000_000:
        raise argparse.ArgumentTypeError("give a number of visitors from 1 to 10,000,000")
    return value


def run_simulate(args: argparse.Namespace) -> int:
    from designer.engine.profiles import DEFAULT_MIX, load_profile_mix
    from designer.engine.simulation import Simulator
    from designer.engine.workspace_view import people_of
    from designer.model.codec import load_dialog
    from designer.store.workspace import Workspace

    dialog = load_dialog(args.file)
    mix = load_profile_mix(args.profiles) if args.profiles else DEFAULT_MIX
    with Workspace.open(args.database) as workspace:
        people = people_of(workspace)
        agents = people.agents
        sim = Simulator(
            dialog,
            agents,
            people.teams,
            visitors=args.visitors,
            mix=mix,
            seed=args.seed,
            default_fallback=people.fallback,
            **people.routing(),  # the safety-net switch and account routing
        )
        report = sim.run().to_dict()
        run_id = None
        if args.save:
            run_id = workspace.save_simulation_run(
                dialog=str(args.file), visitors=args.visitors, seed=args.seed, results=report
            )
    if args.json:
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        titles = {card.id: card.display_title() for card in dialog.cards}
        names = {agent.email: agent.name for agent in agents}
        sys.stdout.write(render_report(dialog.name, report, len(agents), titles, names))
    if run_id is not None:
        print(f"Kept as simulation run {run_id} in the workspace.", file=sys.stderr)
    return EXIT_OK


OUTCOME_WORDS = {
    "live_chat": "handed to an agent (live chat)",
    "fallback": "got the fallback message",
    "ended": "reached an End card",
    "dropped": "left",
    "dead_end": "stopped mid-branch (a dead end)",
    "loop": "went round in Go To cards",
}
"""How the text report says each outcome; --json keeps the codes."""


def render_report(
    name: str,
    report: dict,
    agent_count: int,
    titles: dict[str, str] | None = None,
    names: dict[str, str] | None = None,
) -> str:
    """The report as short plain-text sections, in a marketer's words.

    Outcomes read as sentences, agents by name (and email), cards and rules by
    the cards' titles; ``--json`` keeps the engine's codes and ids for scripts.
    """
    titles, names = titles or {}, names or {}

    def card(card_id: str) -> str:
        title = titles.get(card_id)
        return f"'{title}' ({card_id})" if title and title != card_id else card_id

    def agent(email: str) -> str:
        name = names.get(email)
        return f"{name} <{email}>" if name and name != email else email

    def rule(key: str) -> str:
        card_id, sep, which = key.rpartition(": ")
        return f"{card(card_id)}: {which}" if sep else key

    def reworded(data: dict, say) -> dict:  # type: ignore[no-untyped-def]
        return {say(key): count for key, count in data.items()}

    n = report["visitors"]
    out = [f"Simulation of {n:,} visitors through '{name}' (seed {report['seed']})", ""]
    if agent_count == 0:
        out += [
            "Note: the workspace has no agents, so no visitor can be handed to one "
            "(availability checks say nobody is online). Add agents with 'designer agents add'.",
            "",
        ]

    def section(title: str, data: dict, limit: int = 12) -> None:
        out.append(f"{title}:")
        if not data:
            out.append("  (none)")
        for key, count in list(data.items())[:limit]:
            out.append(f"  {count:>8,}  {count / n:6.1%}  {key}")
        if len(data) > limit:
            out.append(f"  … and {len(data) - limit} more")
        out.append("")

    section("Outcomes", reworded(report["outcomes"], lambda k: OUTCOME_WORDS.get(k, k)))
    section("Assignments per agent", reworded(report["assignments_per_agent"], agent))
    section("Assignments per team", report["assignments_per_team"])
    section("Custom rules matched", reworded(report["rule_matches"], rule))
    section("Fallbacks, by reason", report["fallbacks_by_reason"])
    if report.get("safety_net_by_reason"):
        section(
            "Caught by the safety net (round-robin over every agent), by why the card's "
            "routing found nobody",
            report["safety_net_by_reason"],
        )
    if report.get("account_assignments_per_agent"):
        accounts = reworded(report["account_assignments_per_agent"], agent)
        section("Account routing, per agent", accounts)
    section("Drop-offs per card", reworded(report["drop_offs_per_card"], card))
    if report["dead_ends_per_card"]:
        dead_ends = reworded(report["dead_ends_per_card"], card)
        section("Stopped mid-branch (dead ends) per card", dead_ends)
    section("Most frequent paths", report["paths"], limit=5)
    return "\n".join(out)
