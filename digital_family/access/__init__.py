"""Who someone is: accounts, signing in, upload slots (what each may do is
``base.permissions``)."""
