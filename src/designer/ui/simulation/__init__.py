"""The Simulation dock: many visitors through the open dialog, as charts and canvas heat."""

from designer.ui.simulation.panel import SimulationDock

__all__ = ["SimulationDock"]
