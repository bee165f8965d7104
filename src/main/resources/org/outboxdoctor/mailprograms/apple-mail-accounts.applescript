-- Reads Apple Mail's accounts for Outbox Doctor, read-only: one line per account, fields separated by tabs:
--   OD-ACCOUNT, account name, its addresses (comma-separated), full name, account type,
--   incoming server, incoming port, incoming uses ssl, incoming user name,
--   outgoing (delivery account) server, outgoing port, outgoing uses ssl, outgoing authentication, outgoing user name
-- A field Mail cannot give is empty. Passwords are never asked for (Mail's password property is write-only anyway).
-- Mail is not started by this script: when it is not open, the only line is OD-NOT-RUNNING.
-- The first run makes macOS ask whether Outbox Doctor may control Mail (Automation); refused, osascript fails with -1743.
on field(v)
	try
		if v is missing value then return ""
		if class of v is list then
			set AppleScript's text item delimiters to ","
			set joined to v as text
			set AppleScript's text item delimiters to ""
			return joined
		end if
		return v as text
	on error
		return ""
	end try
end field
if application "Mail" is not running then return "OD-NOT-RUNNING"
set rows to {}
tell application "Mail"
	repeat with a in accounts
		set cells to {"OD-ACCOUNT"}
		set end of cells to my field(name of a)
		set end of cells to my field(email addresses of a)
		set end of cells to my field(full name of a)
		set end of cells to my field(account type of a)
		set end of cells to my field(server name of a)
		set end of cells to my field(port of a)
		set end of cells to my field(uses ssl of a)
		set end of cells to my field(user name of a)
		try
			set d to delivery account of a
			set end of cells to my field(server name of d)
			set end of cells to my field(port of d)
			set end of cells to my field(uses ssl of d)
			set end of cells to my field(authentication of d)
			set end of cells to my field(user name of d)
		on error
			set cells to cells & {"", "", "", "", ""}
		end try
		set AppleScript's text item delimiters to tab
		set end of rows to cells as text
		set AppleScript's text item delimiters to ""
	end repeat
end tell
set AppleScript's text item delimiters to linefeed
set output to rows as text
set AppleScript's text item delimiters to ""
return output
