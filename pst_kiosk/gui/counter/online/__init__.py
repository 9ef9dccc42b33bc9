"""The counter's "Layanan Online" tab (``tab``): the list, the request (``detail``), its forms
(``dialogs``), what the buttons do (``actions``) and the supervisor's part (``supervision``)."""

from pst_kiosk.gui.counter.online.tab import OnlineTab

__all__ = ["OnlineTab"]
