"""PST Kiosk: queue kiosk and front office of the PST of BPS Provinsi Maluku Utara."""

__version__ = "0.1.0"
