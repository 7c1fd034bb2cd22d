"""Bringing an old Excel or CSV list of interns in, from the window.

``import_list(context, parent)`` asks for a file and opens the import dialog on it;
``save_import_template(parent, shell)`` saves the empty list with its explanation sheet and opens
it. The engine is ``stagedesk.core.imports``; this package only shows it.
"""

from stagedesk.ui.data.list_import.entry import import_list
from stagedesk.ui.data.list_import.template import save_import_template

__all__ = ["import_list", "save_import_template"]
