"""Reports as printable PDFs: the annual overview, satisfaction, policy at a glance."""
