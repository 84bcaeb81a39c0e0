<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA" sourcelanguage="en">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Things to do together</source>
        <translation>Things to do together</translation>
    </message>
    <message>
        <source>&amp;Suggest to my pair</source>
        <translation>&amp;Suggest to my pair</translation>
    </message>
    <message>
        <source>Suggest to my pair</source>
        <translation>Suggest to my pair</translation>
    </message>
    <message>
        <source>Post this activity in your pair&apos;s conversation</source>
        <translation>Post this activity in your pair&apos;s conversation</translation>
    </message>
    <message>
        <source>No activity is available.</source>
        <translation>No activity is available.</translation>
    </message>
    <message>
        <source>About %1 minutes</source>
        <translation>About %1 minutes</translation>
    </message>
    <message>
        <source>How to do it:</source>
        <translation>How to do it:</translation>
    </message>
    <message>
        <source>Questions to talk about:</source>
        <translation>Questions to talk about:</translation>
    </message>
    <message>
        <source>Suggested in your pair&apos;s conversation.</source>
        <translation>Suggested in your pair&apos;s conversation.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <source>The audit log is intact: %n event(s), every link checked.</source>
        <translation>
            <numerusform>The audit log is intact: %n event, every link checked.</numerusform>
            <numerusform>The audit log is intact: %n events, every link checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) missing from the log.</source>
        <translation>
            <numerusform>%n event missing from the log.</numerusform>
            <numerusform>%n events missing from the log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) changed after they were written.</source>
        <translation>
            <numerusform>%n event changed after they were written.</numerusform>
            <numerusform>%n events changed after they were written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the audit log is not intact.</source>
        <translation>Warning: the audit log is not intact.</translation>
    </message>
    <message>
        <source>Tell your organisation&apos;s administrator.</source>
        <translation>Tell your organisation&apos;s administrator.</translation>
    </message>
    <message>
        <source>Read the conversation</source>
        <translation>Read the conversation</translation>
    </message>
    <message>
        <source>Added a staff note</source>
        <translation>Added a staff note</translation>
    </message>
    <message>
        <source>Logged a support contact</source>
        <translation>Logged a support contact</translation>
    </message>
    <message>
        <source>Approved a held message</source>
        <translation>Approved a held message</translation>
    </message>
    <message>
        <source>Dismissed a held message</source>
        <translation>Dismissed a held message</translation>
    </message>
    <message>
        <source>Paused the pair</source>
        <translation>Paused the pair</translation>
    </message>
    <message>
        <source>Resumed the pair</source>
        <translation>Resumed the pair</translation>
    </message>
    <message>
        <source>Exported a report</source>
        <translation>Exported a report</translation>
    </message>
    <message>
        <source>Changed the program settings</source>
        <translation>Changed the program settings</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 with %2</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>Checking the audit log…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Every staff reading of a conversation, note, support contact and decision is kept here, linked by a hash chain: a removed or changed event is detected on every staff computer. Only program staff see this log.</source>
        <translation>Every staff reading of a conversation, note, support contact and decision is kept here, linked by a hash chain: a removed or changed event is detected on every staff computer. Only program staff see this log.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Audit events, newest first</source>
        <translation>Audit events, newest first</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Verifies every link of the audit log on this computer.</source>
        <translation>Verifies every link of the audit log on this computer.</translation>
    </message>
</context>
<context>
    <name>CallLauncher</name>
    <message>
        <source>Video calls need a connection to your program&apos;s server. Check your Internet connection and try again in a moment.</source>
        <translation>Video calls need a connection to your program&apos;s server. Check your Internet connection and try again in a moment.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
</context>
<context>
    <name>CallMessages</name>
    <message>
        <source>No camera was found. The others will hear you but not see you.</source>
        <translation>No camera was found. The others will hear you but not see you.</translation>
    </message>
    <message>
        <source>Your camera is in use by another program. Close that program, or continue without video.</source>
        <translation>Your camera is in use by another program. Close that program, or continue without video.</translation>
    </message>
    <message>
        <source>Jumelage is not allowed to use the camera. You can allow it in your computer&apos;s privacy settings; the call goes on without your video.</source>
        <translation>Jumelage is not allowed to use the camera. You can allow it in your computer&apos;s privacy settings; the call goes on without your video.</translation>
    </message>
    <message>
        <source>No camera or microphone was found. The others cannot see or hear you; you can still see and hear them, and use the chat.</source>
        <translation>No camera or microphone was found. The others cannot see or hear you; you can still see and hear them, and use the chat.</translation>
    </message>
    <message>
        <source>No microphone was found. You can still use the chat.</source>
        <translation>No microphone was found. You can still use the chat.</translation>
    </message>
    <message>
        <source>Your microphone is in use by another program. Close that program, or use the chat.</source>
        <translation>Your microphone is in use by another program. Close that program, or use the chat.</translation>
    </message>
    <message>
        <source>Jumelage is not allowed to use the microphone. You can allow it in your computer&apos;s privacy settings; the chat still works.</source>
        <translation>Jumelage is not allowed to use the microphone. You can allow it in your computer&apos;s privacy settings; the chat still works.</translation>
    </message>
    <message>
        <source>No speaker or headphones were found, so you cannot hear the call. Use the chat.</source>
        <translation>No speaker or headphones were found, so you cannot hear the call. Use the chat.</translation>
    </message>
    <message>
        <source>A device cannot be used. The call goes on without it.</source>
        <translation>A device cannot be used. The call goes on without it.</translation>
    </message>
    <message>
        <source>You left the call.</source>
        <translation>You left the call.</translation>
    </message>
    <message>
        <source>The other person left the call.</source>
        <translation>The other person left the call.</translation>
    </message>
    <message>
        <source>The connection was lost and could not be restored. The call has ended.</source>
        <translation>The connection was lost and could not be restored. The call has ended.</translation>
    </message>
    <message>
        <source>The call could not connect. Check your internet connection and try again.</source>
        <translation>The call could not connect. Check your internet connection and try again.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. The call has ended.</source>
        <translation>The connection to the server was lost. The call has ended.</translation>
    </message>
    <message>
        <source>The call has ended.</source>
        <translation>The call has ended.</translation>
    </message>
    <message>
        <source>This call is already open in another window.</source>
        <translation>This call is already open in another window.</translation>
    </message>
    <message>
        <source>This call cannot start: the pair is not complete.</source>
        <translation>This call cannot start: the pair is not complete.</translation>
    </message>
    <message>
        <source>Jumelage cannot reach the server right now. Try again soon.</source>
        <translation>Jumelage cannot reach the server right now. Try again soon.</translation>
    </message>
    <message>
        <source>The call could not start. Try again soon.</source>
        <translation>The call could not start. Try again soon.</translation>
    </message>
</context>
<context>
    <name>CallWindow</name>
    <message>
        <source>Leave the call?</source>
        <translation>Leave the call?</translation>
    </message>
    <message>
        <source>Do you want to leave this call?</source>
        <translation>Do you want to leave this call?</translation>
    </message>
    <message>
        <source>Video of a staff member</source>
        <translation>Video of a staff member</translation>
    </message>
    <message>
        <source>Your connection is weak: sending smaller video.</source>
        <translation>Your connection is weak: sending smaller video.</translation>
    </message>
    <message>
        <source>Your connection is weak: sending sound only.</source>
        <translation>Your connection is weak: sending sound only.</translation>
    </message>
    <message>
        <source>Your connection is too weak for sound: use the chat.</source>
        <translation>Your connection is too weak for sound: use the chat.</translation>
    </message>
    <message>
        <source>Your connection is too weak for sound.</source>
        <translation>Your connection is too weak for sound.</translation>
    </message>
    <message>
        <source>The other person turned their camera off.</source>
        <translation>The other person turned their camera off.</translation>
    </message>
    <message>
        <source>The other person is muted.</source>
        <translation>The other person is muted.</translation>
    </message>
    <message>
        <source>the other person</source>
        <translation>the other person</translation>
    </message>
    <message>
        <source>Check your camera and sound, then join.</source>
        <translation>Check your camera and sound, then join.</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Joining…</translation>
    </message>
    <message>
        <source>Waiting for %1 to join…</source>
        <translation>Waiting for %1 to join…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>In the call with %1.</source>
        <translation>In the call with %1.</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting…</source>
        <translation>Connection lost, reconnecting…</translation>
    </message>
    <message>
        <source>Call ended.</source>
        <translation>Call ended.</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Call with %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Call status</source>
        <translation>Call status</translation>
    </message>
    <message>
        <source>Video of the other person</source>
        <translation>Video of the other person</translation>
    </message>
    <message>
        <source>&amp;Join the call</source>
        <translation>&amp;Join the call</translation>
    </message>
    <message>
        <source>Join the call</source>
        <translation>Join the call</translation>
    </message>
    <message>
        <source>Unmute (M)</source>
        <translation>Unmute (M)</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Mute (M)</translation>
    </message>
    <message>
        <source>Microphone muted</source>
        <translation>Microphone muted</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Mute microphone</translation>
    </message>
    <message>
        <source>Press M to mute or unmute</source>
        <translation>Press M to mute or unmute</translation>
    </message>
    <message>
        <source>Turn camera on (V)</source>
        <translation>Turn camera on (V)</translation>
    </message>
    <message>
        <source>Turn camera off (V)</source>
        <translation>Turn camera off (V)</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Camera off</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>Camera on</translation>
    </message>
    <message>
        <source>Press V to turn the camera on or off</source>
        <translation>Press V to turn the camera on or off</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Low video</source>
        <translation>Low video</translation>
    </message>
    <message>
        <source>Sound only</source>
        <translation>Sound only</translation>
    </message>
    <message>
        <source>Call mode</source>
        <translation>Call mode</translation>
    </message>
    <message>
        <source>Choose less video on a weak link</source>
        <translation>Choose less video on a weak link</translation>
    </message>
    <message>
        <source>&amp;Hang up</source>
        <translation>&amp;Hang up</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Hang up</translation>
    </message>
    <message>
        <source>Ctrl+W or Esc to leave</source>
        <translation>Ctrl+W or Esc to leave</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Your camera is off.</source>
        <translation>Your camera is off.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <source>Your camera</source>
        <translation>Your camera</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Camera preview</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Reference check</source>
        <translation>Reference check</translation>
    </message>
    <message>
        <source>Police / vulnerable-sector check</source>
        <translation>Police / vulnerable-sector check</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Waiting for the result</source>
        <translation>Waiting for the result</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Cleared</translation>
    </message>
    <message>
        <source>Not cleared</source>
        <translation>Not cleared</translation>
    </message>
    <message>
        <source>The expiry date must come after the date the check was done.</source>
        <translation>The expiry date must come after the date the check was done.</translation>
    </message>
    <message>
        <source>The check cannot be done in the future. Check the date.</source>
        <translation>The check cannot be done in the future. Check the date.</translation>
    </message>
    <message>
        <source>This date is too far in the past. Check the year.</source>
        <translation>This date is too far in the past. Check the year.</translation>
    </message>
    <message>
        <source>A police check needs its expiry date.</source>
        <translation>A police check needs its expiry date.</translation>
    </message>
    <message>
        <source>Screening checks are for mentors only.</source>
        <translation>Screening checks are for mentors only.</translation>
    </message>
    <message>
        <source>The note is too long. Keep it under 2,000 characters.</source>
        <translation>The note is too long. Keep it under 2,000 characters.</translation>
    </message>
    <message>
        <source>Record a screening check</source>
        <translation>Record a screening check</translation>
    </message>
    <message>
        <source>A screening check of %1.</source>
        <translation>A screening check of %1.</translation>
    </message>
    <message>
        <source>&amp;Check:</source>
        <translation>&amp;Check:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Done on:</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>E&amp;xpires on:</translation>
    </message>
    <message>
        <source>&amp;Note (staff only):</source>
        <translation>&amp;Note (staff only):</translation>
    </message>
    <message>
        <source>This check &amp;expires</source>
        <translation>This check &amp;expires</translation>
    </message>
    <message>
        <source>&amp;Record the check</source>
        <translation>&amp;Record the check</translation>
    </message>
    <message>
        <source>Kind of check</source>
        <translation>Kind of check</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <source>Date the check was done</source>
        <translation>Date the check was done</translation>
    </message>
    <message>
        <source>Date the check expires</source>
        <translation>Date the check expires</translation>
    </message>
    <message>
        <source>This check expires</source>
        <translation>This check expires</translation>
    </message>
    <message>
        <source>Note about the check</source>
        <translation>Note about the check</translation>
    </message>
    <message>
        <source>Only the program&apos;s staff read it.</source>
        <translation>Only the program&apos;s staff read it.</translation>
    </message>
    <message>
        <source>Record the check</source>
        <translation>Record the check</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The check is recorded.</source>
        <translation>The check is recorded.</translation>
    </message>
</context>
<context>
    <name>CheckInPrompt</name>
    <message>
        <source>Thank you. Only program staff see your answer, never the other person.</source>
        <translation>Thank you. Only program staff see your answer, never the other person.</translation>
    </message>
    <message>
        <source>It replaces the answer you gave earlier this week.</source>
        <translation>It replaces the answer you gave earlier this week.</translation>
    </message>
    <message>
        <source>If you answer again, on this computer or another, the last answer counts.</source>
        <translation>If you answer again, on this computer or another, the last answer counts.</translation>
    </message>
    <message>
        <source>Check-in skipped until next week.</source>
        <translation>Check-in skipped until next week.</translation>
    </message>
    <message>
        <source>Weekly check-in: how did it go together this week? Only program staff see your answer.</source>
        <translation>Weekly check-in: how did it go together this week? Only program staff see your answer.</translation>
    </message>
    <message>
        <source>Not well at all</source>
        <translation>Not well at all</translation>
    </message>
    <message>
        <source>Not very well</source>
        <translation>Not very well</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Okay</translation>
    </message>
    <message>
        <source>Well</source>
        <translation>Well</translation>
    </message>
    <message>
        <source>Very well</source>
        <translation>Very well</translation>
    </message>
    <message>
        <source>We met or talked this week</source>
        <translation>We met or talked this week</translation>
    </message>
    <message>
        <source>Anything to add? (optional)</source>
        <translation>Anything to add? (optional)</translation>
    </message>
    <message>
        <source>Send check-in</source>
        <translation>Send check-in</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Hides the check-in until next week.</source>
        <translation>Hides the check-in until next week.</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <source>Planned ending (the term is over)</source>
        <translation>Planned ending (the term is over)</translation>
    </message>
    <message>
        <source>Early ending</source>
        <translation>Early ending</translation>
    </message>
    <message>
        <source>The agreed term is completed</source>
        <translation>The agreed term is completed</translation>
    </message>
    <message>
        <source>The goals are reached</source>
        <translation>The goals are reached</translation>
    </message>
    <message>
        <source>Someone moved or changed schools</source>
        <translation>Someone moved or changed schools</translation>
    </message>
    <message>
        <source>Schedules no longer fit</source>
        <translation>Schedules no longer fit</translation>
    </message>
    <message>
        <source>Someone lost interest</source>
        <translation>Someone lost interest</translation>
    </message>
    <message>
        <source>The family asked to end it</source>
        <translation>The family asked to end it</translation>
    </message>
    <message>
        <source>The program&apos;s rules were not followed</source>
        <translation>The program&apos;s rules were not followed</translation>
    </message>
    <message>
        <source>A safety concern</source>
        <translation>A safety concern</translation>
    </message>
    <message>
        <source>Another reason (say which in the note)</source>
        <translation>Another reason (say which in the note)</translation>
    </message>
    <message>
        <source>This match is already closed.</source>
        <translation>This match is already closed.</translation>
    </message>
    <message>
        <source>This computer does not know this pair yet. Sync, then try again.</source>
        <translation>This computer does not know this pair yet. Sync, then try again.</translation>
    </message>
    <message>
        <source>Only the program&apos;s staff can close a match.</source>
        <translation>Only the program&apos;s staff can close a match.</translation>
    </message>
    <message>
        <source>The note is too long. Keep it under 2,000 characters.</source>
        <translation>The note is too long. Keep it under 2,000 characters.</translation>
    </message>
    <message>
        <source>Close this match</source>
        <translation>Close this match</translation>
    </message>
    <message>
        <source>Close the match of %1 (mentor) and %2 (mentee).</source>
        <translation>Close the match of %1 (mentor) and %2 (mentee).</translation>
    </message>
    <message>
        <source>&amp;How it ended:</source>
        <translation>&amp;How it ended:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Note (staff only):</source>
        <translation>&amp;Note (staff only):</translation>
    </message>
    <message>
        <source>Afterwards:</source>
        <translation>Afterwards:</translation>
    </message>
    <message>
        <source>&amp;Match the mentee again</source>
        <translation>&amp;Match the mentee again</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t match the mentee again</source>
        <translation>&amp;Don&apos;t match the mentee again</translation>
    </message>
    <message numerus="yes">
        <source>The pair receives a thank-you activity and their conversation becomes read-only. %n day(s) after closing, everything the pair wrote is deleted from the server and from every computer.</source>
        <translation>
            <numerusform>The pair receives a thank-you activity and their conversation becomes read-only. %n day after closing, everything the pair wrote is deleted from the server and from every computer.</numerusform>
            <numerusform>The pair receives a thank-you activity and their conversation becomes read-only. %n days after closing, everything the pair wrote is deleted from the server and from every computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close the match</source>
        <translation>&amp;Close the match</translation>
    </message>
    <message>
        <source>How the match ended</source>
        <translation>How the match ended</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>Note about the closing</source>
        <translation>Note about the closing</translation>
    </message>
    <message>
        <source>Only the program&apos;s staff read it.</source>
        <translation>Only the program&apos;s staff read it.</translation>
    </message>
    <message>
        <source>Match the mentee again</source>
        <translation>Match the mentee again</translation>
    </message>
    <message>
        <source>Don&apos;t match the mentee again</source>
        <translation>Don&apos;t match the mentee again</translation>
    </message>
    <message>
        <source>Close the match</source>
        <translation>Close the match</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose whether the mentee should be matched again.</source>
        <translation>Choose whether the mentee should be matched again.</translation>
    </message>
    <message>
        <source>Say in the note why the match ended.</source>
        <translation>Say in the note why the match ended.</translation>
    </message>
    <message>
        <source>The match is closed.</source>
        <translation>The match is closed.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>%1 / %2 characters: remove %3 to send.</source>
        <translation>%1 / %2 characters: remove %3 to send.</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <source>Character count</source>
        <translation>Character count</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Send message</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>Send the message (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Write your message. Ctrl+Enter sends it.</source>
        <translation>Write your message. Ctrl+Enter sends it.</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Write a message…</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Guardian&apos;s consent</source>
        <translation>Guardian&apos;s consent</translation>
    </message>
    <message>
        <source>Consent of %1&apos;s guardian, for each purpose. Tick the purposes, then record the guardian&apos;s answer.</source>
        <translation>Consent of %1&apos;s guardian, for each purpose. Tick the purposes, then record the guardian&apos;s answer.</translation>
    </message>
    <message>
        <source>&amp;Guardian</source>
        <translation>&amp;Guardian</translation>
    </message>
    <message>
        <source>&amp;How it was given</source>
        <translation>&amp;How it was given</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>&amp;Record consent</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation>&amp;Withdraw consent</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>How it was given</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>The mentee&apos;s pairs pause at once.</source>
        <translation>The mentee&apos;s pairs pause at once.</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Not asked yet</translation>
    </message>
    <message>
        <source>Given by %1 on %2</source>
        <translation>Given by %1 on %2</translation>
    </message>
    <message>
        <source>Withdrawn by %1 on %2</source>
        <translation>Withdrawn by %1 on %2</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Consent recorded.</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>Consent withdrawn.</translation>
    </message>
    <message>
        <source>The mentee&apos;s pairs are paused.</source>
        <translation>The mentee&apos;s pairs are paused.</translation>
    </message>
    <message>
        <source>Consent withdrawn. Pausing pairs is not available in this version: close the pair from Supervision.</source>
        <translation>Consent withdrawn. Pausing pairs is not available in this version: close the pair from Supervision.</translation>
    </message>
</context>
<context>
    <name>CreateProfileDialog</name>
    <message>
        <source>Create a profile</source>
        <translation>Create a profile</translation>
    </message>
    <message>
        <source>Your profile is kept on this computer, locked by your passphrase. Choose a passphrase of a few words that only you know (at least %1 characters).</source>
        <translation>Your profile is kept on this computer, locked by your passphrase. Choose a passphrase of a few words that only you know (at least %1 characters).</translation>
    </message>
    <message>
        <source>&amp;Name shown to others</source>
        <translation>&amp;Name shown to others</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase</source>
        <translation>&amp;Confirm passphrase</translation>
    </message>
    <message>
        <source>Name shown to others</source>
        <translation>Name shown to others</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirm passphrase</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Creating your profile…</source>
        <translation>Creating your profile…</translation>
    </message>
    <message>
        <source>Type the name others will see.</source>
        <translation>Type the name others will see.</translation>
    </message>
    <message>
        <source>Choose a username.</source>
        <translation>Choose a username.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>The passphrase is too short: use at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>CrisisDialog</name>
    <message>
        <source>Help right now</source>
        <translation>Help right now</translation>
    </message>
    <message>
        <source>You are not alone.</source>
        <translation>You are not alone.</translation>
    </message>
    <message>
        <source>Your program staff have been told. If you are thinking about hurting yourself, or you are not safe, you can talk to someone right now. It is free and confidential.</source>
        <translation>Your program staff have been told. If you are thinking about hurting yourself, or you are not safe, you can talk to someone right now. It is free and confidential.</translation>
    </message>
    <message>
        <source>In an emergency, call 9-1-1.</source>
        <translation>In an emergency, call 9-1-1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Website of %1</source>
        <translation>Website of %1</translation>
    </message>
    <message>
        <source>You can also use any phone: %1.</source>
        <translation>You can also use any phone: %1.</translation>
    </message>
    <message>
        <source>24 hours a day, 7 days a week</source>
        <translation>24 hours a day, 7 days a week</translation>
    </message>
    <message>
        <source>9-8-8: Suicide Crisis Helpline</source>
        <translation>9-8-8: Suicide Crisis Helpline</translation>
    </message>
    <message>
        <source>If you are thinking about suicide, or worried about someone, talk to a trained responder. Free and confidential.</source>
        <translation>If you are thinking about suicide, or worried about someone, talk to a trained responder. Free and confidential.</translation>
    </message>
    <message>
        <source>Call 9-8-8</source>
        <translation>Call 9-8-8</translation>
    </message>
    <message>
        <source>Text 9-8-8</source>
        <translation>Text 9-8-8</translation>
    </message>
    <message>
        <source>Kids Help Phone</source>
        <translation>Kids Help Phone</translation>
    </message>
    <message>
        <source>For young people, whatever is going on. Free and confidential.</source>
        <translation>For young people, whatever is going on. Free and confidential.</translation>
    </message>
    <message>
        <source>Call 1-800-668-6868</source>
        <translation>Call 1-800-668-6868</translation>
    </message>
    <message>
        <source>Text CONNECT to 686868</source>
        <translation>Text CONNECT to 686868</translation>
    </message>
    <message>
        <source>https://kidshelpphone.ca</source>
        <translation>https://kidshelpphone.ca</translation>
    </message>
    <message>
        <source>Emergency: 9-1-1</source>
        <translation>Emergency: 9-1-1</translation>
    </message>
    <message>
        <source>If you are in danger right now or someone is hurt, call 9-1-1.</source>
        <translation>If you are in danger right now or someone is hurt, call 9-1-1.</translation>
    </message>
    <message>
        <source>Call 9-1-1</source>
        <translation>Call 9-1-1</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Whole program, by week</source>
        <translation>Whole program, by week</translation>
    </message>
    <message>
        <source>This pair, by week</source>
        <translation>This pair, by week</translation>
    </message>
    <message>
        <source>Messages from the mentor</source>
        <translation>Messages from the mentor</translation>
    </message>
    <message>
        <source>Messages from the mentee</source>
        <translation>Messages from the mentee</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Sessions held</translation>
    </message>
    <message>
        <source>Check-in rating (1 to 5)</source>
        <translation>Check-in rating (1 to 5)</translation>
    </message>
    <message>
        <source>%1 (mentor) with %2 (mentee)</source>
        <translation>%1 (mentor) with %2 (mentee)</translation>
    </message>
    <message>
        <source>at risk, because:</source>
        <translation>at risk, because:</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>Quiet days</source>
        <translation>Quiet days</translation>
    </message>
    <message>
        <source>Mentor/wk</source>
        <translation>Mentor/wk</translation>
    </message>
    <message>
        <source>Mentee/wk</source>
        <translation>Mentee/wk</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Call min.</source>
        <translation>Call min.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Support due</source>
        <translation>Support due</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Days since contact</source>
        <translation>Days since contact</translation>
    </message>
    <message>
        <source>Mentor messages a week</source>
        <translation>Mentor messages a week</translation>
    </message>
    <message>
        <source>Mentee messages a week</source>
        <translation>Mentee messages a week</translation>
    </message>
    <message>
        <source>Median reply time, slower side</source>
        <translation>Median reply time, slower side</translation>
    </message>
    <message>
        <source>Sessions held of planned, last 4 weeks</source>
        <translation>Sessions held of planned, last 4 weeks</translation>
    </message>
    <message>
        <source>Call minutes this month</source>
        <translation>Call minutes this month</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Last check-in</translation>
    </message>
    <message>
        <source>Open flags</source>
        <translation>Open flags</translation>
    </message>
    <message>
        <source>Next support contact</source>
        <translation>Next support contact</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 out of 5</source>
        <translation>%1 out of 5</translation>
    </message>
    <message>
        <source>not tracked yet</source>
        <translation>not tracked yet</translation>
    </message>
    <message>
        <source>At risk (%1)</source>
        <translation>At risk (%1)</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No active pairs yet. Each pair appears here once it is matched.</source>
        <translation>No active pairs yet. Each pair appears here once it is matched.</translation>
    </message>
    <message>
        <source>Active pairs: %1</source>
        <translation>Active pairs: %1</translation>
    </message>
    <message>
        <source>At risk: %1</source>
        <translation>At risk: %1</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Shown: %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Filter by mentor or mentee name</source>
        <translation>Filter by mentor or mentee name</translation>
    </message>
    <message>
        <source>Only pairs &amp;at risk</source>
        <translation>Only pairs &amp;at risk</translation>
    </message>
    <message>
        <source>Only pairs at risk</source>
        <translation>Only pairs at risk</translation>
    </message>
    <message>
        <source>&amp;Open this pair</source>
        <translation>&amp;Open this pair</translation>
    </message>
    <message>
        <source>Open this pair</source>
        <translation>Open this pair</translation>
    </message>
    <message>
        <source>Shows the chosen pair&apos;s page. Enter or a double click does the same.</source>
        <translation>Shows the chosen pair&apos;s page. Enter or a double click does the same.</translation>
    </message>
    <message>
        <source>Pairs of my programs</source>
        <translation>Pairs of my programs</translation>
    </message>
    <message>
        <source>Sort by clicking a column title. Pairs at risk are in bold.</source>
        <translation>Sort by clicking a column title. Pairs at risk are in bold.</translation>
    </message>
    <message>
        <source>Why this pair needs attention</source>
        <translation>Why this pair needs attention</translation>
    </message>
</context>
<context>
    <name>DevicePickers</name>
    <message>
        <source>No camera found</source>
        <translation>No camera found</translation>
    </message>
    <message>
        <source>No microphone found</source>
        <translation>No microphone found</translation>
    </message>
    <message>
        <source>No speaker found</source>
        <translation>No speaker found</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Camera</translation>
    </message>
    <message>
        <source>M&amp;icrophone</source>
        <translation>M&amp;icrophone</translation>
    </message>
    <message>
        <source>&amp;Speaker</source>
        <translation>&amp;Speaker</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>The camera used for this call</source>
        <translation>The camera used for this call</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>The microphone used</source>
        <translation>The microphone used</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Where the call&apos;s sound plays</source>
        <translation>Where the call&apos;s sound plays</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Jumelage</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The username or passphrase is not right. Check them and try again.</source>
        <translation>The username or passphrase is not right. Check them and try again.</translation>
    </message>
    <message>
        <source>Training cannot be shown: its files are missing or damaged on this computer. Ask the person who manages this computer to repair or reinstall Jumelage.</source>
        <translation>Training cannot be shown: its files are missing or damaged on this computer. Ask the person who manages this computer to repair or reinstall Jumelage.</translation>
    </message>
    <message>
        <source>Surveys cannot be shown: their files are missing or damaged on this computer. Ask the person who manages this computer to repair or reinstall Jumelage.</source>
        <translation>Surveys cannot be shown: their files are missing or damaged on this computer. Ask the person who manages this computer to repair or reinstall Jumelage.</translation>
    </message>
    <message>
        <source>Your profile on this computer cannot be opened. Sign in again to rebuild it from the server, or ask your program staff for help.</source>
        <translation>Your profile on this computer cannot be opened. Sign in again to rebuild it from the server, or ask your program staff for help.</translation>
    </message>
    <message>
        <source>This profile was used with a newer version of Jumelage. Update Jumelage on this computer, then try again.</source>
        <translation>This profile was used with a newer version of Jumelage. Update Jumelage on this computer, then try again.</translation>
    </message>
    <message>
        <source>The disk of this computer is full. Free some space, then try again.</source>
        <translation>The disk of this computer is full. Free some space, then try again.</translation>
    </message>
    <message>
        <source>Jumelage cannot save on this computer (the folder is read-only). Ask the person who manages this computer.</source>
        <translation>Jumelage cannot save on this computer (the folder is read-only). Ask the person who manages this computer.</translation>
    </message>
    <message>
        <source>This computer has no secure password store, so Jumelage cannot remember you here. You will type your passphrase each time.</source>
        <translation>This computer has no secure password store, so Jumelage cannot remember you here. You will type your passphrase each time.</translation>
    </message>
    <message>
        <source>This username is already used on this computer. Choose another one.</source>
        <translation>This username is already used on this computer. Choose another one.</translation>
    </message>
    <message>
        <source>Your organisation has set this option; it cannot be changed here.</source>
        <translation>Your organisation has set this option; it cannot be changed here.</translation>
    </message>
    <message>
        <source>Your organisation does not allow Jumelage to remember you here.</source>
        <translation>Your organisation does not allow Jumelage to remember you here.</translation>
    </message>
    <message>
        <source>Your profile is locked. Sign in again to continue.</source>
        <translation>Your profile is locked. Sign in again to continue.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a moment before trying again.</source>
        <translation>Too many tries. Wait a moment before trying again.</translation>
    </message>
    <message>
        <source>Your profile on this computer is incomplete. Sign in again to rebuild it from the server, or ask your program staff for help.</source>
        <translation>Your profile on this computer is incomplete. Sign in again to rebuild it from the server, or ask your program staff for help.</translation>
    </message>
    <message>
        <source>Jumelage&apos;s files on this computer are damaged. Ask the person who manages this computer to repair or reinstall Jumelage.</source>
        <translation>Jumelage&apos;s files on this computer are damaged. Ask the person who manages this computer to repair or reinstall Jumelage.</translation>
    </message>
    <message>
        <source>Messages cannot be sent: Jumelage&apos;s safety rules are missing or damaged on this computer. Ask the person who manages this computer to repair or reinstall Jumelage.</source>
        <translation>Messages cannot be sent: Jumelage&apos;s safety rules are missing or damaged on this computer. Ask the person who manages this computer to repair or reinstall Jumelage.</translation>
    </message>
    <message>
        <source>Some required questions have no answer yet. Answer them and send again.</source>
        <translation>Some required questions have no answer yet. Answer them and send again.</translation>
    </message>
    <message>
        <source>One of the answers is not one of the choices offered. Check them and send again.</source>
        <translation>One of the answers is not one of the choices offered. Check them and send again.</translation>
    </message>
    <message>
        <source>Your answers cannot be sent yet: this computer has not reached the program&apos;s server since you joined. Connect to the internet, wait a moment and try again.</source>
        <translation>Your answers cannot be sent yet: this computer has not reached the program&apos;s server since you joined. Connect to the internet, wait a moment and try again.</translation>
    </message>
    <message>
        <source>One of the patterns cannot be read. Check its brackets and symbols, or write it as plain words.</source>
        <translation>One of the patterns cannot be read. Check its brackets and symbols, or write it as plain words.</translation>
    </message>
    <message>
        <source>One of the patterns would match every message, or uses a part Jumelage does not allow (named groups, back-references, flags). Write it more simply.</source>
        <translation>One of the patterns would match every message, or uses a part Jumelage does not allow (named groups, back-references, flags). Write it more simply.</translation>
    </message>
    <message>
        <source>One of the entries is longer than 200 characters. Shorten it.</source>
        <translation>One of the entries is longer than 200 characters. Shorten it.</translation>
    </message>
    <message>
        <source>A list can hold up to 400 entries. Remove some, then save again.</source>
        <translation>A list can hold up to 400 entries. Remove some, then save again.</translation>
    </message>
    <message>
        <source>This category always alerts staff at once; it cannot be changed.</source>
        <translation>This category always alerts staff at once; it cannot be changed.</translation>
    </message>
    <message>
        <source>This computer does not have the program&apos;s key yet, so nothing was opened, recorded or changed. Ask a colleague on the program staff to grant you access, then sync.</source>
        <translation>This computer does not have the program&apos;s key yet, so nothing was opened, recorded or changed. Ask a colleague on the program staff to grant you access, then sync.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the internet connection.</source>
        <translation>The server cannot be reached. Check the internet connection.</translation>
    </message>
    <message>
        <source>Your session on the server has ended. Lock, then sign in again.</source>
        <translation>Your session on the server has ended. Lock, then sign in again.</translation>
    </message>
    <message>
        <source>The connection to the server is not secure: this computer does not trust its certificate. If this network asks you to sign in first (library or café Wi-Fi), do that; otherwise ask the person who manages this computer.</source>
        <translation>The connection to the server is not secure: this computer does not trust its certificate. If this network asks you to sign in first (library or café Wi-Fi), do that; otherwise ask the person who manages this computer.</translation>
    </message>
    <message>
        <source>The server is not working right now. Try again later.</source>
        <translation>The server is not working right now. Try again later.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>Too many attempts. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is far off. Set the correct date and time, then try again.</source>
        <translation>This computer&apos;s clock is far off. Set the correct date and time, then try again.</translation>
    </message>
    <message>
        <source>Your organisation requires a server hosted in Canada, and this server does not declare that it is.</source>
        <translation>Your organisation requires a server hosted in Canada, and this server does not declare that it is.</translation>
    </message>
    <message>
        <source>This version of Jumelage is too old for the server. Update Jumelage.</source>
        <translation>This version of Jumelage is too old for the server. Update Jumelage.</translation>
    </message>
    <message>
        <source>Jumelage is busy saving on this computer. It will try again by itself.</source>
        <translation>Jumelage is busy saving on this computer. It will try again by itself.</translation>
    </message>
    <message>
        <source>Jumelage could not save on this computer. Check that the disk is not full, then lock and sign in again.</source>
        <translation>Jumelage could not save on this computer. Check that the disk is not full, then lock and sign in again.</translation>
    </message>
    <message>
        <source>Your account&apos;s keys cannot be opened with this passphrase. Ask your program staff for help.</source>
        <translation>Your account&apos;s keys cannot be opened with this passphrase. Ask your program staff for help.</translation>
    </message>
    <message>
        <source>The server refused: you are not a member of this program.</source>
        <translation>The server refused: you are not a member of this program.</translation>
    </message>
    <message>
        <source>This invite code is not valid. Check it and try again.</source>
        <translation>This invite code is not valid. Check it and try again.</translation>
    </message>
    <message>
        <source>This invite code has already been used. Ask your program staff for a new one.</source>
        <translation>This invite code has already been used. Ask your program staff for a new one.</translation>
    </message>
    <message>
        <source>This invite code has expired. Ask your program staff for a new one.</source>
        <translation>This invite code has expired. Ask your program staff for a new one.</translation>
    </message>
    <message>
        <source>This profile is not connected to a server.</source>
        <translation>This profile is not connected to a server.</translation>
    </message>
    <message>
        <source>Type the server address, starting with https://</source>
        <translation>Type the server address, starting with https://</translation>
    </message>
    <message>
        <source>This server address starts with http://, which is not encrypted. Use the https:// address of your organisation&apos;s server, or ask the person who manages this computer.</source>
        <translation>This server address starts with http://, which is not encrypted. Use the https:// address of your organisation&apos;s server, or ask the person who manages this computer.</translation>
    </message>
    <message>
        <source>The demo server could not start on this computer.</source>
        <translation>The demo server could not start on this computer.</translation>
    </message>
    <message>
        <source>The server refused: its answer could not be understood.</source>
        <translation>The server refused: its answer could not be understood.</translation>
    </message>
    <message>
        <source>The server now gives another security key for someone in this pair, so nothing was shared with them. A staff member must check with that person and confirm the new key on the supervision page.</source>
        <translation>The server now gives another security key for someone in this pair, so nothing was shared with them. A staff member must check with that person and confirm the new key on the supervision page.</translation>
    </message>
    <message>
        <source>The server gave a staff key that your organisation did not sign, so Jumelage did not use it. Tell your program staff.</source>
        <translation>The server gave a staff key that your organisation did not sign, so Jumelage did not use it. Tell your program staff.</translation>
    </message>
    <message>
        <source>This server does not hold the key of the organisation that invited you. Check the server address and the whole invite code, or ask your program staff.</source>
        <translation>This server does not hold the key of the organisation that invited you. Check the server address and the whole invite code, or ask your program staff.</translation>
    </message>
    <message>
        <source>This change used a key the program staff do not have, so the server refused it. Sync again; if it happens again, tell your program staff.</source>
        <translation>This change used a key the program staff do not have, so the server refused it. Sync again; if it happens again, tell your program staff.</translation>
    </message>
    <message>
        <source>Only program staff can do this.</source>
        <translation>Only program staff can do this.</translation>
    </message>
    <message>
        <source>This pair is not on this computer yet. Sync, then try again.</source>
        <translation>This pair is not on this computer yet. Sync, then try again.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Write the note first.</translation>
    </message>
    <message>
        <source>Choose who the contact was with and how it took place.</source>
        <translation>Choose who the contact was with and how it took place.</translation>
    </message>
    <message>
        <source>Your check-in can be sent once this computer has synced with the program. Please try again in a moment.</source>
        <translation>Your check-in can be sent once this computer has synced with the program. Please try again in a moment.</translation>
    </message>
    <message>
        <source>The comment is too long. Keep it under 500 characters.</source>
        <translation>The comment is too long. Keep it under 500 characters.</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe. Try again; if it happens again, restart Jumelage or ask your program staff for help.</source>
        <translation>Something went wrong. Your data is safe. Try again; if it happens again, restart Jumelage or ask your program staff for help.</translation>
    </message>
</context>
<context>
    <name>HeldMessagesList</name>
    <message>
        <source>about: %1</source>
        <translation>about: %1</translation>
    </message>
    <message>
        <source>about the whole conversation</source>
        <translation>about the whole conversation</translation>
    </message>
    <message>
        <source>Urgent report by %1, %2 — %3</source>
        <translation>Urgent report by %1, %2 — %3</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>reason: %1</translation>
    </message>
    <message>
        <source>in their words: “%1”</source>
        <translation>in their words: “%1”</translation>
    </message>
    <message>
        <source>Possible self-harm. </source>
        <translation>Possible self-harm. </translation>
    </message>
    <message>
        <source>No message is waiting.</source>
        <translation>No message is waiting.</translation>
    </message>
    <message>
        <source>Dismiss this message?</source>
        <translation>Dismiss this message?</translation>
    </message>
    <message>
        <source>It will never be delivered, and this cannot be undone. The writer will see that staff did not deliver it.
A note for the program&apos;s records (optional):</source>
        <translation>It will never be delivered, and this cannot be undone. The writer will see that staff did not deliver it.
A note for the program&apos;s records (optional):</translation>
    </message>
    <message>
        <source>Keep it waiting</source>
        <translation>Keep it waiting</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>This message was already decided.</source>
        <translation>This message was already decided.</translation>
    </message>
    <message>
        <source>Urgent reports</source>
        <translation>Urgent reports</translation>
    </message>
    <message>
        <source>Reports sent to staff, newest first</source>
        <translation>Reports sent to staff, newest first</translation>
    </message>
    <message>
        <source>Messages waiting for review</source>
        <translation>Messages waiting for review</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>thinking about hurting themselves</source>
        <translation>thinking about hurting themselves</translation>
    </message>
    <message>
        <source>does not feel safe</source>
        <translation>does not feel safe</translation>
    </message>
    <message>
        <source>something made them uncomfortable</source>
        <translation>something made them uncomfortable</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>something else</translation>
    </message>
    <message>
        <source>Approve message</source>
        <translation>Approve message</translation>
    </message>
    <message>
        <source>Deliver the selected message to the other person</source>
        <translation>Deliver the selected message to the other person</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Dismiss message</translation>
    </message>
    <message>
        <source>Do not deliver the selected message</source>
        <translation>Do not deliver the selected message</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite code</source>
        <translation>Invite code</translation>
    </message>
    <message>
        <source>Invite code for %1:</source>
        <translation>Invite code for %1:</translation>
    </message>
    <message>
        <source>This code is shown only this once and works only once. Print the letter or save it now; if it is lost, send a new invite.</source>
        <translation>This code is shown only this once and works only once. Print the letter or save it now; if it is lost, send a new invite.</translation>
    </message>
    <message>
        <source>&amp;Print the letter…</source>
        <translation>&amp;Print the letter…</translation>
    </message>
    <message>
        <source>&amp;Save the letter as PDF…</source>
        <translation>&amp;Save the letter as PDF…</translation>
    </message>
    <message>
        <source>&amp;Copy the code</source>
        <translation>&amp;Copy the code</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Print the letter</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Save the letter as PDF</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copy the code</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Save the letter</translation>
    </message>
    <message>
        <source>The letter holds this person&apos;s name and invite code. Save it only where other people cannot read it, and delete it once it is printed or sent.</source>
        <translation>The letter holds this person&apos;s name and invite code. Save it only where other people cannot read it, and delete it once it is printed or sent.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join with an invite code</source>
        <translation>Join with an invite code</translation>
    </message>
    <message>
        <source>Type the invite code your program staff gave you, then choose your username and a passphrase of a few words that only you know (at least %1 characters).</source>
        <translation>Type the invite code your program staff gave you, then choose your username and a passphrase of a few words that only you know (at least %1 characters).</translation>
    </message>
    <message>
        <source>&amp;Invite code</source>
        <translation>&amp;Invite code</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Name shown to others</source>
        <translation>&amp;Name shown to others</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase</source>
        <translation>&amp;Confirm passphrase</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Server address</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Checking where this server stores data…</source>
        <translation>Checking where this server stores data…</translation>
    </message>
    <message>
        <source>Type the invite code.</source>
        <translation>Type the invite code.</translation>
    </message>
    <message>
        <source>Choose a username.</source>
        <translation>Choose a username.</translation>
    </message>
    <message>
        <source>Type the name others will see.</source>
        <translation>Type the name others will see.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>The passphrase is too short: use at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>Joining your program… This can take a moment.</source>
        <translation>Joining your program… This can take a moment.</translation>
    </message>
</context>
<context>
    <name>KeyChangesPanel</name>
    <message>
        <source>Someone not yet named</source>
        <translation>Someone not yet named</translation>
    </message>
    <message>
        <source>%1: new key, and the server now says their role is %2</source>
        <translation>%1: new key, and the server now says their role is %2</translation>
    </message>
    <message>
        <source>%1: new key</source>
        <translation>%1: new key</translation>
    </message>
    <message>
        <source>Warning: the server now gives other security keys for the people below. Jumelage will not share a pair&apos;s key with them until you confirm. Check with each person (by phone or in person) that they really set up a new account; if not, do not confirm and tell your IT person.</source>
        <translation>Warning: the server now gives other security keys for the people below. Jumelage will not share a pair&apos;s key with them until you confirm. Check with each person (by phone or in person) that they really set up a new account; if not, do not confirm and tell your IT person.</translation>
    </message>
    <message>
        <source>&amp;Confirm the new key</source>
        <translation>&amp;Confirm the new key</translation>
    </message>
    <message>
        <source>People whose security key changed</source>
        <translation>People whose security key changed</translation>
    </message>
    <message>
        <source>Confirm the new key</source>
        <translation>Confirm the new key</translation>
    </message>
    <message>
        <source>Only after checking with this person that they set up a new account.</source>
        <translation>Only after checking with this person that they set up a new account.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>My pairs</source>
        <translation>My pairs</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Pair detail</source>
        <translation>Pair detail</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Safety rules</source>
        <translation>Safety rules</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>program staff</source>
        <translation>program staff</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentee</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Section content</source>
        <translation>Section content</translation>
    </message>
    <message>
        <source>Close your profile now; your passphrase opens it again.</source>
        <translation>Close your profile now; your passphrase opens it again.</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <source>&amp;Mentees waiting for a mentor</source>
        <translation>&amp;Mentees waiting for a mentor</translation>
    </message>
    <message>
        <source>&amp;Suggested mentors</source>
        <translation>&amp;Suggested mentors</translation>
    </message>
    <message>
        <source>No mentee is waiting for a mentor. Add mentees on the People page.</source>
        <translation>No mentee is waiting for a mentor. Add mentees on the People page.</translation>
    </message>
    <message>
        <source>Make this &amp;pair</source>
        <translation>Make this &amp;pair</translation>
    </message>
    <message>
        <source>Mentees waiting for a mentor</source>
        <translation>Mentees waiting for a mentor</translation>
    </message>
    <message>
        <source>Suggested mentors</source>
        <translation>Suggested mentors</translation>
    </message>
    <message>
        <source>Best first, with the reasons for each.</source>
        <translation>Best first, with the reasons for each.</translation>
    </message>
    <message>
        <source>Make this pair</source>
        <translation>Make this pair</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>No mentor can take this mentee now: every mentor is full, or has training left.</source>
        <translation>No mentor can take this mentee now: every mentor is full, or has training left.</translation>
    </message>
    <message>
        <source>same language: %1</source>
        <translation>same language: %1</translation>
    </message>
    <message>
        <source>shares: %1</source>
        <translation>shares: %1</translation>
    </message>
    <message>
        <source>both free: %1</source>
        <translation>both free: %1</translation>
    </message>
    <message>
        <source>same age group</source>
        <translation>same age group</translation>
    </message>
    <message numerus="yes">
        <source>age group %n step(s) away</source>
        <translation>
            <numerusform>age group %n step away</numerusform>
            <numerusform>age group %n steps away</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the pair…</source>
        <translation>Making the pair…</translation>
    </message>
    <message>
        <source>%1 and %2 are now a pair. They will find a welcome activity in their conversation.</source>
        <translation>%1 and %2 are now a pair. They will find a welcome activity in their conversation.</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>This message was deleted.</source>
        <translation>This message was deleted.</translation>
    </message>
    <message>
        <source>This message could not be read.</source>
        <translation>This message could not be read.</translation>
    </message>
    <message>
        <source>Activity: %1 (done)</source>
        <translation>Activity: %1 (done)</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Activity: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent (offline)</source>
        <translation>Waiting to be sent (offline)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Waiting for review by program staff</source>
        <translation>Waiting for review by program staff</translation>
    </message>
    <message>
        <source>Not sent: %1. Select it and press Retry.</source>
        <translation>Not sent: %1. Select it and press Retry.</translation>
    </message>
    <message>
        <source>program staff did not approve it</source>
        <translation>program staff did not approve it</translation>
    </message>
    <message>
        <source>the message is too long</source>
        <translation>the message is too long</translation>
    </message>
    <message>
        <source>the server refused it</source>
        <translation>the server refused it</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>the connection failed</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Session outcome</source>
        <translation>Session outcome</translation>
    </message>
    <message>
        <source>How did the session of %1 go?</source>
        <translation>How did the session of %1 go?</translation>
    </message>
    <message>
        <source>&amp;Held</source>
        <translation>&amp;Held</translation>
    </message>
    <message>
        <source>&amp;Missed (nobody or only one person came)</source>
        <translation>&amp;Missed (nobody or only one person came)</translation>
    </message>
    <message>
        <source>&amp;Cancelled</source>
        <translation>&amp;Cancelled</translation>
    </message>
    <message>
        <source>Minutes &amp;spent together</source>
        <translation>Minutes &amp;spent together</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes spent together</source>
        <translation>Minutes spent together</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Save the outcome</source>
        <translation>Save the outcome</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
</context>
<context>
    <name>PairDetailPage</name>
    <message>
        <source>This reading is recorded in the audit log; the pair sees its date.</source>
        <translation>This reading is recorded in the audit log; the pair sees its date.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Write the note first.</translation>
    </message>
    <message>
        <source>Note saved. Only program staff can read it.</source>
        <translation>Note saved. Only program staff can read it.</translation>
    </message>
    <message>
        <source>Support contact saved.</source>
        <translation>Support contact saved.</translation>
    </message>
    <message>
        <source>%1 (mentor) with %2 (mentee)</source>
        <translation>%1 (mentor) with %2 (mentee)</translation>
    </message>
    <message>
        <source>Choose a pair, then Open. Reading a conversation is recorded, and the pair sees the date.</source>
        <translation>Choose a pair, then Open. Reading a conversation is recorded, and the pair sees the date.</translation>
    </message>
    <message>
        <source>%1 (mentor) with %2 (mentee), matched on %3.</source>
        <translation>%1 (mentor) with %2 (mentee), matched on %3.</translation>
    </message>
    <message>
        <source>This pair is closed.</source>
        <translation>This pair is closed.</translation>
    </message>
    <message>
        <source>%1: %2, %3 (logged by %4)</source>
        <translation>%1: %2, %3 (logged by %4)</translation>
    </message>
    <message>
        <source>video call</source>
        <translation>video call</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>in person</translation>
    </message>
    <message>
        <source>%1, %2 minutes, %3</source>
        <translation>%1, %2 minutes, %3</translation>
    </message>
    <message>
        <source>Urgent report by %1</source>
        <translation>Urgent report by %1</translation>
    </message>
    <message>
        <source>Message by %1 held for review</source>
        <translation>Message by %1 held for review</translation>
    </message>
    <message>
        <source>No staff notes yet.</source>
        <translation>No staff notes yet.</translation>
    </message>
    <message>
        <source>No support contact logged yet.</source>
        <translation>No support contact logged yet.</translation>
    </message>
    <message>
        <source>No sessions planned or held yet.</source>
        <translation>No sessions planned or held yet.</translation>
    </message>
    <message>
        <source>No flags: no held messages and no reports.</source>
        <translation>No flags: no held messages and no reports.</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>No check-ins yet.</translation>
    </message>
    <message>
        <source>Support contact overdue: it was due on %1.</source>
        <translation>Support contact overdue: it was due on %1.</translation>
    </message>
    <message>
        <source>Next support contact due on %1.</source>
        <translation>Next support contact due on %1.</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentee</translation>
    </message>
    <message>
        <source>family</source>
        <translation>family</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>Pair detail</source>
        <translation>Pair detail</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>The pair to open</source>
        <translation>The pair to open</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Opens the chosen pair. Reading its conversation is recorded.</source>
        <translation>Opens the chosen pair. Reading its conversation is recorded.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Staff notes</source>
        <translation>Staff notes</translation>
    </message>
    <message>
        <source>Support contacts</source>
        <translation>Support contacts</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Sections of the pair</source>
        <translation>Sections of the pair</translation>
    </message>
    <message>
        <source>Read only. Staff do not write in the pair&apos;s conversation.</source>
        <translation>Read only. Staff do not write in the pair&apos;s conversation.</translation>
    </message>
    <message>
        <source>Conversation, read only</source>
        <translation>Conversation, read only</translation>
    </message>
    <message>
        <source>Only program staff see these notes, never the pair.</source>
        <translation>Only program staff see these notes, never the pair.</translation>
    </message>
    <message>
        <source>New staff note</source>
        <translation>New staff note</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Add note</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>&amp;With</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>No&amp;te</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Who staff were in contact with</source>
        <translation>Who staff were in contact with</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Log support contact</source>
        <translation>&amp;Log support contact</translation>
    </message>
    <message>
        <source>Log support contact</source>
        <translation>Log support contact</translation>
    </message>
</context>
<context>
    <name>PairHomePage</name>
    <message>
        <source>Before you send</source>
        <translation>Before you send</translation>
    </message>
    <message>
        <source>Your program asks you to keep contact details out of messages. Send anyway?</source>
        <translation>Your program asks you to keep contact details out of messages. Send anyway?</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Send anyway</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Edit message</translation>
    </message>
    <message>
        <source>Your message is waiting for review by program staff.</source>
        <translation>Your message is waiting for review by program staff.</translation>
    </message>
    <message>
        <source>Your report was sent to your program staff. Thank you.</source>
        <translation>Your report was sent to your program staff. Thank you.</translation>
    </message>
    <message>
        <source>No suggestion available</source>
        <translation>No suggestion available</translation>
    </message>
    <message>
        <source>No pair</source>
        <translation>No pair</translation>
    </message>
    <message>
        <source>Program staff can read this conversation to keep everyone safe.</source>
        <translation>Program staff can read this conversation to keep everyone safe.</translation>
    </message>
    <message>
        <source>Last staff review: %1.</source>
        <translation>Last staff review: %1.</translation>
    </message>
    <message>
        <source>No staff review yet.</source>
        <translation>No staff review yet.</translation>
    </message>
    <message>
        <source>Staff review held messages within %1 h.</source>
        <translation>Staff review held messages within %1 h.</translation>
    </message>
    <message>
        <source>while they review the conversation</source>
        <translation>while they review the conversation</translation>
    </message>
    <message>
        <source>because a consent was withdrawn</source>
        <translation>because a consent was withdrawn</translation>
    </message>
    <message>
        <source>because your screening has expired</source>
        <translation>because your screening has expired</translation>
    </message>
    <message>
        <source>Program staff have paused this pair %1: you cannot send messages until they resume it. Contact your program staff if you have questions.</source>
        <translation>Program staff have paused this pair %1: you cannot send messages until they resume it. Contact your program staff if you have questions.</translation>
    </message>
    <message>
        <source>Write something before sending.</source>
        <translation>Write something before sending.</translation>
    </message>
    <message>
        <source>This message is too long. Shorten it, then send it.</source>
        <translation>This message is too long. Shorten it, then send it.</translation>
    </message>
    <message>
        <source>This message cannot be sent again.</source>
        <translation>This message cannot be sent again.</translation>
    </message>
    <message>
        <source>This pair is closed: no new messages can be sent.</source>
        <translation>This pair is closed: no new messages can be sent.</translation>
    </message>
    <message>
        <source>You are not part of this pair.</source>
        <translation>You are not part of this pair.</translation>
    </message>
    <message>
        <source>The message could not be sent.</source>
        <translation>The message could not be sent.</translation>
    </message>
    <message>
        <source>Your pair will appear here</source>
        <translation>Your pair will appear here</translation>
    </message>
    <message>
        <source>Your program staff are choosing the right person for you. When they have, they will tell you, and you will be able to write to each other here and plan your sessions.</source>
        <translation>Your program staff are choosing the right person for you. When they have, they will tell you, and you will be able to write to each other here and plan your sessions.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Look now for news from your program</source>
        <translation>Look now for news from your program</translation>
    </message>
    <message>
        <source>Report message</source>
        <translation>Report message</translation>
    </message>
    <message>
        <source>Tell program staff about the selected message (%1)</source>
        <translation>Tell program staff about the selected message (%1)</translation>
    </message>
    <message>
        <source>Report conversation</source>
        <translation>Report conversation</translation>
    </message>
    <message>
        <source>Tell program staff that something is wrong in this conversation</source>
        <translation>Tell program staff that something is wrong in this conversation</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Retry sending</translation>
    </message>
    <message>
        <source>Mark activity done</source>
        <translation>Mark activity done</translation>
    </message>
    <message>
        <source>Suggest an activity</source>
        <translation>Suggest an activity</translation>
    </message>
    <message>
        <source>Post a suggested activity in the conversation</source>
        <translation>Post a suggested activity in the conversation</translation>
    </message>
    <message>
        <source>My pairs</source>
        <translation>My pairs</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Use the arrow keys to move through messages</source>
        <translation>Use the arrow keys to move through messages</translation>
    </message>
</context>
<context>
    <name>PairListModel</name>
    <message>
        <source>(name not known yet)</source>
        <translation>(name not known yet)</translation>
    </message>
    <message>
        <source>paused by staff</source>
        <translation>paused by staff</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>next session %1</source>
        <translation>next session %1</translation>
    </message>
</context>
<context>
    <name>PairListPage</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Nobody here yet. Add the mentors, mentees and guardians of the program, then invite them: each gets a one-time code and a letter.</source>
        <translation>Nobody here yet. Add the mentors, mentees and guardians of the program, then invite them: each gets a one-time code and a letter.</translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation>&amp;Add a person</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Invite…</translation>
    </message>
    <message>
        <source>&amp;Consent…</source>
        <translation>&amp;Consent…</translation>
    </message>
    <message>
        <source>Add &amp;anyway</source>
        <translation>Add &amp;anyway</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Add anyway</translation>
    </message>
    <message>
        <source>Add a second person with the same name and date of birth.</source>
        <translation>Add a second person with the same name and date of birth.</translation>
    </message>
    <message>
        <source>Show role</source>
        <translation>Show role</translation>
    </message>
    <message>
        <source>Show state</source>
        <translation>Show state</translation>
    </message>
    <message>
        <source>People of the program</source>
        <translation>People of the program</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Invite</translation>
    </message>
    <message>
        <source>A one-time code and a letter to print (needs the server).</source>
        <translation>A one-time code and a letter to print (needs the server).</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>The guardian&apos;s consent, purpose by purpose.</source>
        <translation>The guardian&apos;s consent, purpose by purpose.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 was added.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Someone else changed this person meanwhile; both changes were kept, field by field.</source>
        <translation>Someone else changed this person meanwhile; both changes were kept, field by field.</translation>
    </message>
    <message>
        <source>If this is someone else, press “Add anyway”.</source>
        <translation>If this is someone else, press “Add anyway”.</translation>
    </message>
    <message>
        <source>Asking the server for an invite code…</source>
        <translation>Asking the server for an invite code…</translation>
    </message>
    <message>
        <source>Invite ready for %1.</source>
        <translation>Invite ready for %1.</translation>
    </message>
</context>
<context>
    <name>PeopleText</name>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Screened</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Trained</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Arts</source>
        <translation>Arts</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Sports</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>Science</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technology</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Music</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Games</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Cooking</source>
        <translation>Cooking</translation>
    </message>
    <message>
        <source>Careers</source>
        <translation>Careers</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Volunteering</translation>
    </message>
    <message>
        <source>Weekday afternoons</source>
        <translation>Weekday afternoons</translation>
    </message>
    <message>
        <source>Weekday evenings</source>
        <translation>Weekday evenings</translation>
    </message>
    <message>
        <source>Weekend mornings</source>
        <translation>Weekend mornings</translation>
    </message>
    <message>
        <source>Weekend afternoons</source>
        <translation>Weekend afternoons</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Messaging</translation>
    </message>
    <message>
        <source>Video calls</source>
        <translation>Video calls</translation>
    </message>
    <message>
        <source>Staff supervision</source>
        <translation>Staff supervision</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Signed paper form</source>
        <translation>Signed paper form</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Type the person&apos;s name.</translation>
    </message>
    <message>
        <source>Type the date as year-month-day, for example 2014-03-21.</source>
        <translation>Type the date as year-month-day, for example 2014-03-21.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <source>A mentee is between 6 and 25 years old. Check the year.</source>
        <translation>A mentee is between 6 and 25 years old. Check the year.</translation>
    </message>
    <message>
        <source>A mentor is at least 16 years old. Check the year.</source>
        <translation>A mentor is at least 16 years old. Check the year.</translation>
    </message>
    <message>
        <source>Give the mentee&apos;s date of birth or age group.</source>
        <translation>Give the mentee&apos;s date of birth or age group.</translation>
    </message>
    <message>
        <source>A minor needs a guardian: type the guardian&apos;s name.</source>
        <translation>A minor needs a guardian: type the guardian&apos;s name.</translation>
    </message>
    <message>
        <source>Choose an age group from the list.</source>
        <translation>Choose an age group from the list.</translation>
    </message>
    <message>
        <source>Check this field.</source>
        <translation>Check this field.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
</context>
<context>
    <name>PersonFormPanel</name>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Preferred &amp;language</source>
        <translation>Preferred &amp;language</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Date of birth</translation>
    </message>
    <message>
        <source>&amp;Age group</source>
        <translation>&amp;Age group</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>&amp;Guardian</source>
        <translation>&amp;Guardian</translation>
    </message>
    <message>
        <source>Guardian&apos;s &amp;phone or email</source>
        <translation>Guardian&apos;s &amp;phone or email</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Year, month and day, for example 2014-03-21.</source>
        <translation>Year, month and day, for example 2014-03-21.</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>For a mentee without a date of birth; for a mentor, the age group of the mentees they prefer.</source>
        <translation>For a mentee without a date of birth; for a mentor, the age group of the mentees they prefer.</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone or email</source>
        <translation>Guardian&apos;s phone or email</translation>
    </message>
</context>
<context>
    <name>PersonRecordsActions</name>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Messages this person wrote</source>
        <translation>Messages this person wrote</translation>
    </message>
    <message>
        <source>Sessions of their matches</source>
        <translation>Sessions of their matches</translation>
    </message>
    <message>
        <source>Screening checks</source>
        <translation>Screening checks</translation>
    </message>
    <message>
        <source>How their matches ended</source>
        <translation>How their matches ended</translation>
    </message>
    <message>
        <source>Recorded events</source>
        <translation>Recorded events</translation>
    </message>
    <message>
        <source>Personal information held by the program</source>
        <translation>Personal information held by the program</translation>
    </message>
    <message>
        <source>The full details are in archive.json, beside this file.</source>
        <translation>The full details are in archive.json, beside this file.</translation>
    </message>
    <message>
        <source>E&amp;xport their data…</source>
        <translation>E&amp;xport their data…</translation>
    </message>
    <message>
        <source>De&amp;lete this person…</source>
        <translation>De&amp;lete this person…</translation>
    </message>
    <message>
        <source>Export their data</source>
        <translation>Export their data</translation>
    </message>
    <message>
        <source>An access request: everything the program holds about this person.</source>
        <translation>An access request: everything the program holds about this person.</translation>
    </message>
    <message>
        <source>Delete this person</source>
        <translation>Delete this person</translation>
    </message>
    <message>
        <source>A deletion request: erase their data but what safety requires.</source>
        <translation>A deletion request: erase their data but what safety requires.</translation>
    </message>
    <message>
        <source>The export leaves Jumelage&apos;s encrypted store: anyone who can open the folder can read it. Save it where only you can, hand it to the person securely, then delete it.</source>
        <translation>The export leaves Jumelage&apos;s encrypted store: anyone who can open the folder can read it. Save it where only you can, hand it to the person securely, then delete it.</translation>
    </message>
    <message>
        <source>Choose a folder for the export</source>
        <translation>Choose a folder for the export</translation>
    </message>
    <message>
        <source>The export is saved in %1.</source>
        <translation>The export is saved in %1.</translation>
    </message>
    <message>
        <source>Delete %1&apos;s data? Their messages, screening checks and name are erased from every computer of the program. Kept, as safety requires: the record of events (who did what) and messages still waiting for safety review. Their account on the server is closed by your administrator.</source>
        <translation>Delete %1&apos;s data? Their messages, screening checks and name are erased from every computer of the program. Kept, as safety requires: the record of events (who did what) and messages still waiting for safety review. Their account on the server is closed by your administrator.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) erased. The record of events is kept.</source>
        <translation>
            <numerusform>%n message erased. The record of events is kept.</numerusform>
            <numerusform>%n messages erased. The record of events is kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Jumelage</source>
        <translation>Jumelage</translation>
    </message>
</context>
<context>
    <name>PolicyText</name>
    <message>
        <source>Locked at its safest value, because your organisation&apos;s settings could not be read.</source>
        <translation>Locked at its safest value, because your organisation&apos;s settings could not be read.</translation>
    </message>
    <message>
        <source>Locked by your organisation (%1).</source>
        <translation>Locked by your organisation (%1).</translation>
    </message>
    <message>
        <source>Settings from %1 were not used: %2</source>
        <translation>Settings from %1 were not used: %2</translation>
    </message>
</context>
<context>
    <name>QualityIndicator</name>
    <message>
        <source>Connection: good</source>
        <translation>Connection: good</translation>
    </message>
    <message>
        <source>Connection: fair</source>
        <translation>Connection: fair</translation>
    </message>
    <message>
        <source>Connection: poor</source>
        <translation>Connection: poor</translation>
    </message>
    <message>
        <source>Connection: measuring…</source>
        <translation>Connection: measuring…</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Join</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Join the session</source>
        <translation>Join the session</translation>
    </message>
    <message>
        <source>Start the video call</source>
        <translation>Start the video call</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Dismiss the reminder</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report to your program staff</source>
        <translation>Report to your program staff</translation>
    </message>
    <message>
        <source>Your program staff will be told about the whole conversation right away.</source>
        <translation>Your program staff will be told about the whole conversation right away.</translation>
    </message>
    <message>
        <source>Your program staff will be told about this message right away.</source>
        <translation>Your program staff will be told about this message right away.</translation>
    </message>
    <message>
        <source>If you want, say why (you don&apos;t have to):</source>
        <translation>If you want, say why (you don&apos;t have to):</translation>
    </message>
    <message>
        <source>I&apos;m thinking about hurting myself</source>
        <translation>I&apos;m thinking about hurting myself</translation>
    </message>
    <message>
        <source>I don&apos;t feel safe</source>
        <translation>I don&apos;t feel safe</translation>
    </message>
    <message>
        <source>Something made me uncomfortable</source>
        <translation>Something made me uncomfortable</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>&amp;Anything you want to add (optional)</source>
        <translation>&amp;Anything you want to add (optional)</translation>
    </message>
    <message>
        <source>Anything you want to add (optional)</source>
        <translation>Anything you want to add (optional)</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Send report</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Contact by week</source>
        <translation>Contact by week</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Flags and reports</source>
        <translation>Flags and reports</translation>
    </message>
    <message>
        <source>Pairs at risk over time</source>
        <translation>Pairs at risk over time</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>In an active pair</source>
        <translation>In an active pair</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>Days since contact</source>
        <translation>Days since contact</translation>
    </message>
    <message>
        <source>Mentor messages a week</source>
        <translation>Mentor messages a week</translation>
    </message>
    <message>
        <source>Mentee messages a week</source>
        <translation>Mentee messages a week</translation>
    </message>
    <message>
        <source>Median reply (hours)</source>
        <translation>Median reply (hours)</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Sessions held</translation>
    </message>
    <message>
        <source>Sessions planned</source>
        <translation>Sessions planned</translation>
    </message>
    <message>
        <source>Call minutes this month</source>
        <translation>Call minutes this month</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Last check-in</translation>
    </message>
    <message>
        <source>Open flags</source>
        <translation>Open flags</translation>
    </message>
    <message>
        <source>Why at risk</source>
        <translation>Why at risk</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Week of</translation>
    </message>
    <message>
        <source>Mentor messages</source>
        <translation>Mentor messages</translation>
    </message>
    <message>
        <source>Mentee messages</source>
        <translation>Mentee messages</translation>
    </message>
    <message>
        <source>Pairs in touch</source>
        <translation>Pairs in touch</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>Still to come</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>Not reported yet</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Average rating</translation>
    </message>
    <message>
        <source>Lowest rating</source>
        <translation>Lowest rating</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Hours to decide</source>
        <translation>Hours to decide</translation>
    </message>
    <message>
        <source>Held messages waiting</source>
        <translation>Held messages waiting</translation>
    </message>
    <message>
        <source>Held messages approved</source>
        <translation>Held messages approved</translation>
    </message>
    <message>
        <source>Held messages not approved</source>
        <translation>Held messages not approved</translation>
    </message>
    <message>
        <source>Report: self-harm</source>
        <translation>Report: self-harm</translation>
    </message>
    <message>
        <source>Report: feels unsafe</source>
        <translation>Report: feels unsafe</translation>
    </message>
    <message>
        <source>Report: uncomfortable</source>
        <translation>Report: uncomfortable</translation>
    </message>
    <message>
        <source>Report: other</source>
        <translation>Report: other</translation>
    </message>
    <message>
        <source>Check-in: very low rating</source>
        <translation>Check-in: very low rating</translation>
    </message>
    <message>
        <source>Check-in: urgent comment</source>
        <translation>Check-in: urgent comment</translation>
    </message>
    <message>
        <source>Week ending</source>
        <translation>Week ending</translation>
    </message>
    <message>
        <source>Pairs at risk</source>
        <translation>Pairs at risk</translation>
    </message>
    <message>
        <source>Program report</source>
        <translation>Program report</translation>
    </message>
    <message>
        <source>Program report: %1</source>
        <translation>Program report: %1</translation>
    </message>
    <message>
        <source>As of %1, over the last %2 weeks. Figures computed on this computer.</source>
        <translation>As of %1, over the last %2 weeks. Figures computed on this computer.</translation>
    </message>
    <message>
        <source>Whole program, by week</source>
        <translation>Whole program, by week</translation>
    </message>
    <message>
        <source>Messages from mentors</source>
        <translation>Messages from mentors</translation>
    </message>
    <message>
        <source>Messages from mentees</source>
        <translation>Messages from mentees</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>This file leaves the encrypted store</source>
        <translation>This file leaves the encrypted store</translation>
    </message>
    <message>
        <source>The report names mentors and mentees. Once saved, anyone who can open the file can read it: it is not protected by your passphrase. Keep it somewhere safe, share it only with people allowed to see it, and delete it when you no longer need it.</source>
        <translation>The report names mentors and mentees. Once saved, anyone who can open the file can read it: it is not protected by your passphrase. Keep it somewhere safe, share it only with people allowed to see it, and delete it when you no longer need it.</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Export anyway</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Save the report as CSV</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be written there. Choose another folder and try again.</source>
        <translation>The file could not be written there. Choose another folder and try again.</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Saves the report&apos;s tables for a spreadsheet. Warns first.</source>
        <translation>Saves the report&apos;s tables for a spreadsheet. Warns first.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Saves the report with its charts as a PDF. Warns first.</source>
        <translation>Saves the report with its charts as a PDF. Warns first.</translation>
    </message>
    <message>
        <source>Program report</source>
        <translation>Program report</translation>
    </message>
</context>
<context>
    <name>Residency</name>
    <message>
        <source>Not known yet: the server has not answered.</source>
        <translation>Not known yet: the server has not answered.</translation>
    </message>
    <message>
        <source>This server does not say where it stores data.</source>
        <translation>This server does not say where it stores data.</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>Your program&apos;s data is stored in: %1</source>
        <translation>Your program&apos;s data is stored in: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 of %3</translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation>Nothing is waiting for review.</translation>
    </message>
    <message>
        <source>Items waiting: %1.</source>
        <translation>Items waiting: %1.</translation>
    </message>
    <message>
        <source>Urgent: %1.</source>
        <translation>Urgent: %1.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>This message: %1</source>
        <translation>This message: %1</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>a phone number</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>an email address</translation>
    </message>
    <message>
        <source>a street address</source>
        <translation>a street address</translation>
    </message>
    <message>
        <source>a social media account</source>
        <translation>a social media account</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>a link</translation>
    </message>
    <message>
        <source>a request to meet</source>
        <translation>a request to meet</translation>
    </message>
    <message>
        <source>moving to another app</source>
        <translation>moving to another app</translation>
    </message>
    <message>
        <source>keeping secrets</source>
        <translation>keeping secrets</translation>
    </message>
    <message>
        <source>bullying</source>
        <translation>bullying</translation>
    </message>
    <message>
        <source>a disclosure of abuse</source>
        <translation>a disclosure of abuse</translation>
    </message>
    <message>
        <source>self-harm</source>
        <translation>self-harm</translation>
    </message>
    <message>
        <source>thinking about hurting themselves</source>
        <translation>thinking about hurting themselves</translation>
    </message>
    <message>
        <source>does not feel safe</source>
        <translation>does not feel safe</translation>
    </message>
    <message>
        <source>something made them uncomfortable</source>
        <translation>something made them uncomfortable</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>something else</translation>
    </message>
    <message>
        <source>Held message from %1, %2: %3</source>
        <translation>Held message from %1, %2: %3</translation>
    </message>
    <message>
        <source>Urgent report by %1, %2</source>
        <translation>Urgent report by %1, %2</translation>
    </message>
    <message>
        <source>Possible self-harm.</source>
        <translation>Possible self-harm.</translation>
    </message>
    <message>
        <source>Escalated to you.</source>
        <translation>Escalated to you.</translation>
    </message>
    <message>
        <source>Escalated.</source>
        <translation>Escalated.</translation>
    </message>
    <message>
        <source>Held by the safety rules: %1.</source>
        <translation>Held by the safety rules: %1.</translation>
    </message>
    <message>
        <source>Held for review.</source>
        <translation>Held for review.</translation>
    </message>
    <message>
        <source>The other person has not seen it.</source>
        <translation>The other person has not seen it.</translation>
    </message>
    <message>
        <source>Reported by %1.</source>
        <translation>Reported by %1.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Reason: %1.</translation>
    </message>
    <message>
        <source>In their words: “%1”</source>
        <translation>In their words: “%1”</translation>
    </message>
    <message>
        <source>About the whole conversation.</source>
        <translation>About the whole conversation.</translation>
    </message>
    <message>
        <source>Approved: the message is delivered in its original place.</source>
        <translation>Approved: the message is delivered in its original place.</translation>
    </message>
    <message>
        <source>Dismiss this item?</source>
        <translation>Dismiss this item?</translation>
    </message>
    <message>
        <source>Why? Your reason is kept in the program&apos;s records. A held message is then never delivered.</source>
        <translation>Why? Your reason is kept in the program&apos;s records. A held message is then never delivered.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Write a reason to dismiss this item.</source>
        <translation>Write a reason to dismiss this item.</translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation>Dismissed.</translation>
    </message>
    <message>
        <source>Escalated to the program&apos;s safeguarding lead.</source>
        <translation>Escalated to the program&apos;s safeguarding lead.</translation>
    </message>
    <message>
        <source>The pair is resumed: the mentor can send messages again.</source>
        <translation>The pair is resumed: the mentor can send messages again.</translation>
    </message>
    <message>
        <source>Pause this pair?</source>
        <translation>Pause this pair?</translation>
    </message>
    <message>
        <source>The mentor will not be able to send messages until staff resume the pair, and will see why. A note for the program&apos;s records (optional):</source>
        <translation>The mentor will not be able to send messages until staff resume the pair, and will see why. A note for the program&apos;s records (optional):</translation>
    </message>
    <message>
        <source>Pause the pair</source>
        <translation>Pause the pair</translation>
    </message>
    <message>
        <source>The pair is paused. The mentor cannot send until you resume it.</source>
        <translation>The pair is paused. The mentor cannot send until you resume it.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>This program has no safeguarding lead yet. Name one in the program settings.</source>
        <translation>This program has no safeguarding lead yet. Name one in the program settings.</translation>
    </message>
    <message>
        <source>Another staff member already decided this item.</source>
        <translation>Another staff member already decided this item.</translation>
    </message>
    <message>
        <source>This message was already decided.</source>
        <translation>This message was already decided.</translation>
    </message>
    <message>
        <source>This pair is closed.</source>
        <translation>This pair is closed.</translation>
    </message>
    <message>
        <source>Only program staff can do this.</source>
        <translation>Only program staff can do this.</translation>
    </message>
    <message>
        <source>This could not be done. Try again.</source>
        <translation>This could not be done. Try again.</translation>
    </message>
    <message>
        <source>Everything open</source>
        <translation>Everything open</translation>
    </message>
    <message>
        <source>Urgent only</source>
        <translation>Urgent only</translation>
    </message>
    <message>
        <source>Held messages</source>
        <translation>Held messages</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Which items of the queue to show</source>
        <translation>Which items of the queue to show</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <source>Urgent items first, then the longest waiting</source>
        <translation>Urgent items first, then the longest waiting</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Previous page</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Next page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>In the conversation</source>
        <translation>In the conversation</translation>
    </message>
    <message>
        <source>The messages before and after, the one in question marked</source>
        <translation>The messages before and after, the one in question marked</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Deliver the held message in its original place</source>
        <translation>Deliver the held message in its original place</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>&amp;Dismiss…</translation>
    </message>
    <message>
        <source>Close the item with a reason</source>
        <translation>Close the item with a reason</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Escalate</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <source>Hand the item to the program&apos;s safeguarding lead</source>
        <translation>Hand the item to the program&apos;s safeguarding lead</translation>
    </message>
    <message>
        <source>Resume the &amp;pair</source>
        <translation>Resume the &amp;pair</translation>
    </message>
    <message>
        <source>Resume the pair</source>
        <translation>Resume the pair</translation>
    </message>
    <message>
        <source>Let the mentor send messages again</source>
        <translation>Let the mentor send messages again</translation>
    </message>
    <message>
        <source>Pause the &amp;pair…</source>
        <translation>Pause the &amp;pair…</translation>
    </message>
    <message>
        <source>Stop the mentor&apos;s messages until staff resume the pair</source>
        <translation>Stop the mentor&apos;s messages until staff resume the pair</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>The program&apos;s rules</source>
        <translation>The program&apos;s rules</translation>
    </message>
    <message>
        <source>I have &amp;read the rules and the monitoring notice, and I accept them</source>
        <translation>I have &amp;read the rules and the monitoring notice, and I accept them</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>&amp;Not now (sign out)</source>
        <translation>&amp;Not now (sign out)</translation>
    </message>
    <message>
        <source>The program&apos;s rules and monitoring notice</source>
        <translation>The program&apos;s rules and monitoring notice</translation>
    </message>
    <message>
        <source>I have read the rules and the monitoring notice, and I accept them</source>
        <translation>I have read the rules and the monitoring notice, and I accept them</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Not now (sign out)</source>
        <translation>Not now (sign out)</translation>
    </message>
</context>
<context>
    <name>SafetyRulesPage</name>
    <message>
        <source>Phone numbers</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-mail addresses</translation>
    </message>
    <message>
        <source>Home addresses</source>
        <translation>Home addresses</translation>
    </message>
    <message>
        <source>Social media usernames</source>
        <translation>Social media usernames</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Meeting without staff</source>
        <translation>Meeting without staff</translation>
    </message>
    <message>
        <source>Moving to another app</source>
        <translation>Moving to another app</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Secrecy</translation>
    </message>
    <message>
        <source>Sexual content</source>
        <translation>Sexual content</translation>
    </message>
    <message>
        <source>Photo requests</source>
        <translation>Photo requests</translation>
    </message>
    <message>
        <source>Violence and threats</source>
        <translation>Violence and threats</translation>
    </message>
    <message>
        <source>Drugs and alcohol</source>
        <translation>Drugs and alcohol</translation>
    </message>
    <message>
        <source>Money and gifts</source>
        <translation>Money and gifts</translation>
    </message>
    <message>
        <source>Bullying</source>
        <translation>Bullying</translation>
    </message>
    <message>
        <source>Abuse disclosures</source>
        <translation>Abuse disclosures</translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation>Self-harm</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Allow</translation>
    </message>
    <message>
        <source>Flag: deliver and tell staff</source>
        <translation>Flag: deliver and tell staff</translation>
    </message>
    <message>
        <source>Hold for review</source>
        <translation>Hold for review</translation>
    </message>
    <message>
        <source>Deliver and alert staff at once</source>
        <translation>Deliver and alert staff at once</translation>
    </message>
    <message>
        <source>This message would be delivered.</source>
        <translation>This message would be delivered.</translation>
    </message>
    <message>
        <source>This message would be delivered and staff told</source>
        <translation>This message would be delivered and staff told</translation>
    </message>
    <message>
        <source>This message would be held for review</source>
        <translation>This message would be held for review</translation>
    </message>
    <message>
        <source>This message would be delivered and staff alerted at once</source>
        <translation>This message would be delivered and staff alerted at once</translation>
    </message>
    <message>
        <source>Saved. Every computer of the program gets it at its next sync.</source>
        <translation>Saved. Every computer of the program gets it at its next sync.</translation>
    </message>
    <message>
        <source>Word lists saved. Every computer of the program gets them at its next sync.</source>
        <translation>Word lists saved. Every computer of the program gets them at its next sync.</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>Safety rules</source>
        <translation>Safety rules</translation>
    </message>
    <message>
        <source>Choose what happens to a message in each category, and the words that find it in French and in English. One entry per line: plain words find a word and its plural (end with * for any ending); write /like this/ for a pattern.</source>
        <translation>Choose what happens to a message in each category, and the words that find it in French and in English. One entry per line: plain words find a word and its plural (end with * for any ending); write /like this/ for a pattern.</translation>
    </message>
    <message>
        <source>&amp;When a message matches:</source>
        <translation>&amp;When a message matches:</translation>
    </message>
    <message>
        <source>A young person asking for help is never held back: these messages are always delivered, and staff are alerted at once.</source>
        <translation>A young person asking for help is never held back: these messages are always delivered, and staff are alerted at once.</translation>
    </message>
    <message>
        <source>&amp;French words</source>
        <translation>&amp;French words</translation>
    </message>
    <message>
        <source>&amp;English words</source>
        <translation>&amp;English words</translation>
    </message>
    <message>
        <source>&amp;Save the word lists</source>
        <translation>&amp;Save the word lists</translation>
    </message>
    <message>
        <source>Try a message</source>
        <translation>Try a message</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation>&amp;Try</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Each category with what happens to a message in it.</source>
        <translation>Each category with what happens to a message in it.</translation>
    </message>
    <message>
        <source>When a message matches:</source>
        <translation>When a message matches:</translation>
    </message>
    <message>
        <source>French words</source>
        <translation>French words</translation>
    </message>
    <message>
        <source>One entry per line.</source>
        <translation>One entry per line.</translation>
    </message>
    <message>
        <source>English words</source>
        <translation>English words</translation>
    </message>
    <message>
        <source>Save the word lists</source>
        <translation>Save the word lists</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message:</translation>
    </message>
    <message>
        <source>A sentence to check against the program&apos;s rules. It is not sent.</source>
        <translation>A sentence to check against the program&apos;s rules. It is not sent.</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Try</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Move the session</source>
        <translation>Move the session</translation>
    </message>
    <message>
        <source>Plan a session</source>
        <translation>Plan a session</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Date and time</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Length</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <source>&amp;Number of sessions</source>
        <translation>&amp;Number of sessions</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Every two weeks</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>In your local time</source>
        <translation>In your local time</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Length in minutes</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Kind of session</translation>
    </message>
    <message>
        <source>Video or in person</source>
        <translation>Video or in person</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Whether the session repeats</source>
        <translation>Whether the session repeats</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Number of sessions</translation>
    </message>
    <message>
        <source>How many sessions the series has</source>
        <translation>How many sessions the series has</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Scheduling</name>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Held (%1 min)</source>
        <translation>Held (%1 min)</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Outcome to record</source>
        <translation>Outcome to record</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>every two weeks</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>every week</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Your Jumelage session has started.</source>
        <translation>Your Jumelage session has started.</translation>
    </message>
    <message>
        <source>Your Jumelage session starts in %1 min.</source>
        <translation>Your Jumelage session starts in %1 min.</translation>
    </message>
    <message>
        <source>Reminder: Jumelage session on %1</source>
        <translation>Reminder: Jumelage session on %1</translation>
    </message>
    <message>
        <source>The calendar file is not encrypted. It holds only the dates and times of the sessions, never names or messages.</source>
        <translation>The calendar file is not encrypted. It holds only the dates and times of the sessions, never names or messages.</translation>
    </message>
    <message>
        <source>Choose a date and a time.</source>
        <translation>Choose a date and a time.</translation>
    </message>
    <message>
        <source>A session lasts between 5 minutes and 8 hours.</source>
        <translation>A session lasts between 5 minutes and 8 hours.</translation>
    </message>
    <message>
        <source>Choose a video session or an in-person session.</source>
        <translation>Choose a video session or an in-person session.</translation>
    </message>
    <message>
        <source>Choose how often the session repeats.</source>
        <translation>Choose how often the session repeats.</translation>
    </message>
    <message>
        <source>Say how many sessions the series has.</source>
        <translation>Say how many sessions the series has.</translation>
    </message>
    <message>
        <source>A series has between 1 and 52 sessions.</source>
        <translation>A series has between 1 and 52 sessions.</translation>
    </message>
    <message>
        <source>A series has at most 52 sessions. Choose fewer.</source>
        <translation>A series has at most 52 sessions. Choose fewer.</translation>
    </message>
    <message>
        <source>This time has already passed. Choose a later time.</source>
        <translation>This time has already passed. Choose a later time.</translation>
    </message>
    <message>
        <source>This pair is not on this computer yet. Synchronise, then try again.</source>
        <translation>This pair is not on this computer yet. Synchronise, then try again.</translation>
    </message>
    <message>
        <source>This pair is closed: no new session can be planned.</source>
        <translation>This pair is closed: no new session can be planned.</translation>
    </message>
    <message>
        <source>This session no longer exists. The list has been updated.</source>
        <translation>This session no longer exists. The list has been updated.</translation>
    </message>
    <message>
        <source>This session already has an outcome and cannot be changed.</source>
        <translation>This session already has an outcome and cannot be changed.</translation>
    </message>
    <message>
        <source>This session has not started yet. You can cancel it instead.</source>
        <translation>This session has not started yet. You can cancel it instead.</translation>
    </message>
    <message>
        <source>Choose held, missed or cancelled.</source>
        <translation>Choose held, missed or cancelled.</translation>
    </message>
    <message>
        <source>Enter how many minutes the session lasted (1 to 1440).</source>
        <translation>Enter how many minutes the session lasted (1 to 1440).</translation>
    </message>
    <message>
        <source>This computer cannot write to this pair yet. Synchronise, then try again.</source>
        <translation>This computer cannot write to this pair yet. Synchronise, then try again.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed. Try again in a moment.</source>
        <translation>Something went wrong. Nothing was changed. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Mentors and their screening</source>
        <translation>Mentors and their screening</translation>
    </message>
    <message>
        <source>No mentor has joined the program yet. Once mentors join with their invite codes, record their reference checks, police check and interview here.</source>
        <translation>No mentor has joined the program yet. Once mentors join with their invite codes, record their reference checks, police check and interview here.</translation>
    </message>
    <message>
        <source>police check expired on %1</source>
        <translation>police check expired on %1</translation>
    </message>
    <message>
        <source>police check expires on %1</source>
        <translation>police check expires on %1</translation>
    </message>
    <message>
        <source>screened</source>
        <translation>screened</translation>
    </message>
    <message>
        <source>checks missing</source>
        <translation>checks missing</translation>
    </message>
    <message>
        <source>police check valid until %1</source>
        <translation>police check valid until %1</translation>
    </message>
    <message>
        <source>&amp;Record a check…</source>
        <translation>&amp;Record a check…</translation>
    </message>
    <message>
        <source>Record a check</source>
        <translation>Record a check</translation>
    </message>
    <message>
        <source>A reference check, police check or interview of the chosen mentor.</source>
        <translation>A reference check, police check or interview of the chosen mentor.</translation>
    </message>
    <message numerus="yes">
        <source>%n police check(s) to renew soon.</source>
        <translation>
            <numerusform>%n police check to renew soon.</numerusform>
            <numerusform>%n police checks to renew soon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) paused: their mentor&apos;s police check has expired.</source>
        <translation>
            <numerusform>%n pair paused: their mentor&apos;s police check has expired.</numerusform>
            <numerusform>%n pairs paused: their mentor&apos;s police check has expired.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>The search could not be done.</source>
        <translation>The search could not be done.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n message found</numerusform>
            <numerusform>%n messages found</numerusform>
        </translation>
    </message>
    <message>
        <source>No message found.</source>
        <translation>No message found.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search my conversations</source>
        <translation>Search my conversations</translation>
    </message>
    <message>
        <source>Type words to find; Enter opens the first message found</source>
        <translation>Type words to find; Enter opens the first message found</translation>
    </message>
    <message>
        <source>Enter opens the selected message in its conversation</source>
        <translation>Enter opens the selected message in its conversation</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Preparing the demo organisation…</source>
        <translation>Preparing the demo organisation…</translation>
    </message>
</context>
<context>
    <name>SessionListWidget</name>
    <message>
        <source>No past session yet.</source>
        <translation>No past session yet.</translation>
    </message>
    <message>
        <source>No session planned.</source>
        <translation>No session planned.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) planned.</source>
        <translation>
            <numerusform>%n session planned.</numerusform>
            <numerusform>%n sessions planned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session moved.</source>
        <translation>Session moved.</translation>
    </message>
    <message>
        <source>Outcome saved.</source>
        <translation>Outcome saved.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) cancelled.</source>
        <translation>
            <numerusform>%n session cancelled.</numerusform>
            <numerusform>%n sessions cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel a session</source>
        <translation>Cancel a session</translation>
    </message>
    <message>
        <source>This session repeats. Cancel the later sessions too?</source>
        <translation>This session repeats. Cancel the later sessions too?</translation>
    </message>
    <message>
        <source>Only this one</source>
        <translation>Only this one</translation>
    </message>
    <message>
        <source>This one and the later ones</source>
        <translation>This one and the later ones</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Export to a calendar</source>
        <translation>Export to a calendar</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Save the calendar file</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>The calendar file could not be saved there. Choose another place.</source>
        <translation>The calendar file could not be saved there. Choose another place.</translation>
    </message>
    <message>
        <source>Calendar file saved.</source>
        <translation>Calendar file saved.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>&amp;Upcoming sessions</source>
        <translation>&amp;Upcoming sessions</translation>
    </message>
    <message>
        <source>Pa&amp;st sessions</source>
        <translation>Pa&amp;st sessions</translation>
    </message>
    <message>
        <source>Upcoming sessions</source>
        <translation>Upcoming sessions</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Past sessions</translation>
    </message>
    <message>
        <source>With their outcomes</source>
        <translation>With their outcomes</translation>
    </message>
    <message>
        <source>&amp;Plan a session</source>
        <translation>&amp;Plan a session</translation>
    </message>
    <message>
        <source>Choose a date, a time and whether it repeats</source>
        <translation>Choose a date, a time and whether it repeats</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Join</translation>
    </message>
    <message>
        <source>Available from 10 minutes before the start</source>
        <translation>Available from 10 minutes before the start</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>Change the date or time of the selected session</source>
        <translation>Change the date or time of the selected session</translation>
    </message>
    <message>
        <source>&amp;Cancel session</source>
        <translation>&amp;Cancel session</translation>
    </message>
    <message>
        <source>The other person sees it as cancelled</source>
        <translation>The other person sees it as cancelled</translation>
    </message>
    <message>
        <source>Record &amp;outcome</source>
        <translation>Record &amp;outcome</translation>
    </message>
    <message>
        <source>Held, missed or cancelled</source>
        <translation>Held, missed or cancelled</translation>
    </message>
    <message>
        <source>&amp;Export to calendar</source>
        <translation>&amp;Export to calendar</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>You have no pair yet. Your program staff will let you know when you do.</source>
        <translation>You have no pair yet. Your program staff will let you know when you do.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Lock after this many idle minutes</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Shared computer</source>
        <translation>Shared computer</translation>
    </message>
    <message>
        <source>Delete my profile from this computer when I sign out</source>
        <translation>Delete my profile from this computer when I sign out</translation>
    </message>
    <message>
        <source>Remember me allowed</source>
        <translation>Remember me allowed</translation>
    </message>
    <message>
        <source>Video calls</source>
        <translation>Video calls</translation>
    </message>
    <message>
        <source>Server must be hosted in Canada</source>
        <translation>Server must be hosted in Canada</translation>
    </message>
    <message>
        <source>Updates turned off</source>
        <translation>Updates turned off</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Use high contrast colours</source>
        <translation>Use high contrast colours</translation>
    </message>
    <message>
        <source>Where your data is stored</source>
        <translation>Where your data is stored</translation>
    </message>
    <message>
        <source>Problems with the settings from your organisation</source>
        <translation>Problems with the settings from your organisation</translation>
    </message>
    <message>
        <source>Not known yet: sign in to a server to see it.</source>
        <translation>Not known yet: sign in to a server to see it.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Low video</source>
        <translation>Low video</translation>
    </message>
    <message>
        <source>Sound only</source>
        <translation>Sound only</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Jumelage</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation>Locked: %1</translation>
    </message>
    <message>
        <source>Your work is kept, just as you left it. Type your passphrase to continue.</source>
        <translation>Your work is kept, just as you left it. Type your passphrase to continue.</translation>
    </message>
    <message>
        <source>Sign in with your username and passphrase.</source>
        <translation>Sign in with your username and passphrase.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Show passphrase</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Remember me on this computer</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Create a profile</source>
        <translation>Create a profile</translation>
    </message>
    <message>
        <source>Join with an invite code</source>
        <translation>Join with an invite code</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Sign in to Jumelage</source>
        <translation>Sign in to Jumelage</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Your passphrase: a few words that only you know.</source>
        <translation>Your passphrase: a few words that only you know.</translation>
    </message>
    <message>
        <source>Create a new profile on this computer.</source>
        <translation>Create a new profile on this computer.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Use the invite code your program staff gave you.</source>
        <translation>Use the invite code your program staff gave you.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>This is a shared computer, so Jumelage does not remember anyone here.</source>
        <translation>This is a shared computer, so Jumelage does not remember anyone here.</translation>
    </message>
    <message>
        <source>Your organisation does not allow Jumelage to remember you here.</source>
        <translation>Your organisation does not allow Jumelage to remember you here.</translation>
    </message>
    <message>
        <source>This computer has no secure password store, so Jumelage cannot remember you here. You will type your passphrase each time.</source>
        <translation>This computer has no secure password store, so Jumelage cannot remember you here. You will type your passphrase each time.</translation>
    </message>
    <message>
        <source>Next time, Jumelage opens without asking for your passphrase.</source>
        <translation>Next time, Jumelage opens without asking for your passphrase.</translation>
    </message>
    <message>
        <source>Opening your profile…</source>
        <translation>Opening your profile…</translation>
    </message>
    <message>
        <source>Restoring your conversations… %1 of %2</source>
        <translation>Restoring your conversations… %1 of %2</translation>
    </message>
    <message>
        <source>Too many tries. Wait %1 seconds before trying again.</source>
        <translation>Too many tries. Wait %1 seconds before trying again.</translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation>Type your username.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Type your passphrase.</translation>
    </message>
</context>
<context>
    <name>StaffBanner</name>
    <message>
        <source>Staff: %1 is in this call</source>
        <translation>Staff: %1 is in this call</translation>
    </message>
    <message>
        <source>a staff member</source>
        <translation>a staff member</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Jumelage cannot start: the file {name} is missing from this installation. Reinstall Jumelage or ask your administrator.</source>
        <translation>Jumelage cannot start: the file {name} is missing from this installation. Reinstall Jumelage or ask your administrator.</translation>
    </message>
</context>
<context>
    <name>SupervisionHome</name>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Pairs of the program</source>
        <translation>Pairs of the program</translation>
    </message>
    <message>
        <source>The program has no pairs yet. Once mentors and mentees have joined with their invite codes and been matched, each pair appears here, and the messages waiting for your review appear beside them.</source>
        <translation>The program has no pairs yet. Once mentors and mentees have joined with their invite codes and been matched, each pair appears here, and the messages waiting for your review appear beside them.</translation>
    </message>
    <message>
        <source>%1 (mentor) with %2 (mentee)</source>
        <translation>%1 (mentor) with %2 (mentee)</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(closed)</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <source>&amp;Open pair</source>
        <translation>&amp;Open pair</translation>
    </message>
    <message>
        <source>Open pair</source>
        <translation>Open pair</translation>
    </message>
    <message>
        <source>Shows the pair&apos;s conversation, notes, support contacts, sessions and flags. Reading the conversation is recorded, and the pair sees the date.</source>
        <translation>Shows the pair&apos;s conversation, notes, support contacts, sessions and flags. Reading the conversation is recorded, and the pair sees the date.</translation>
    </message>
    <message>
        <source>&amp;Close this match…</source>
        <translation>&amp;Close this match…</translation>
    </message>
    <message>
        <source>Close this match</source>
        <translation>Close this match</translation>
    </message>
    <message>
        <source>Record why the match ended; the conversation becomes read-only.</source>
        <translation>Record why the match ended; the conversation becomes read-only.</translation>
    </message>
    <message>
        <source>&amp;Join this pair&apos;s call</source>
        <translation>&amp;Join this pair&apos;s call</translation>
    </message>
    <message>
        <source>Join this pair&apos;s call</source>
        <translation>Join this pair&apos;s call</translation>
    </message>
    <message>
        <source>Both people in the pair will see that you are in the call.</source>
        <translation>Both people in the pair will see that you are in the call.</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>&amp;Send my answers</source>
        <translation>&amp;Send my answers</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>Send my answers</translation>
    </message>
    <message>
        <source>Only the program team will see your answers</source>
        <translation>Only the program team will see your answers</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Close and answer another time</source>
        <translation>Close and answer another time</translation>
    </message>
    <message>
        <source>Please answer question %1 before sending.</source>
        <translation>Please answer question %1 before sending.</translation>
    </message>
    <message>
        <source>Thank you: your answers were sent to the program team.</source>
        <translation>Thank you: your answers were sent to the program team.</translation>
    </message>
</context>
<context>
    <name>SurveyPrompt</name>
    <message>
        <source>&amp;Answer the survey</source>
        <translation>&amp;Answer the survey</translation>
    </message>
    <message>
        <source>Reminder: the program team is waiting for your answers to “%1”. It takes about five minutes.</source>
        <translation>Reminder: the program team is waiting for your answers to “%1”. It takes about five minutes.</translation>
    </message>
    <message>
        <source>The program team would like your answers to “%1”. It takes about five minutes.</source>
        <translation>The program team would like your answers to “%1”. It takes about five minutes.</translation>
    </message>
    <message>
        <source>Answer the survey</source>
        <translation>Answer the survey</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>&amp;Survey:</source>
        <translation>&amp;Survey:</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>The survey whose results are shown</source>
        <translation>The survey whose results are shown</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Export results…</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Export results</translation>
    </message>
    <message>
        <source>Save these results as a CSV file</source>
        <translation>Save these results as a CSV file</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Average (1 to 5)</source>
        <translation>Average (1 to 5)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>Survey results</translation>
    </message>
    <message>
        <source>One row per question: how many answered and what they chose</source>
        <translation>One row per question: how many answered and what they chose</translation>
    </message>
    <message>
        <source>No survey is available.</source>
        <translation>No survey is available.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>People who answered: %1.</source>
        <translation>People who answered: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Written answers are not summarised.</source>
        <translation>Written answers are not summarised.</translation>
    </message>
    <message>
        <source>Export survey results</source>
        <translation>Export survey results</translation>
    </message>
    <message>
        <source>The file will hold this survey&apos;s results (counts and averages, never one person&apos;s answers) outside Jumelage&apos;s encrypted storage. Keep it somewhere only the program team can reach, and delete it when you no longer need it.</source>
        <translation>The file will hold this survey&apos;s results (counts and averages, never one person&apos;s answers) outside Jumelage&apos;s encrypted storage. Keep it somewhere only the program team can reach, and delete it when you no longer need it.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Results saved in %1.</source>
        <translation>Results saved in %1.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Synced, but this computer&apos;s clock is off: set the correct date and time</source>
        <translation>Synced, but this computer&apos;s clock is off: set the correct date and time</translation>
    </message>
    <message numerus="yes">
        <source>Synced; %n change(s) from others set aside</source>
        <translation>
            <numerusform>Synced; %n change from others set aside</numerusform>
            <numerusform>Synced; %n changes from others set aside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced; %n change(s) still to send</source>
        <translation>
            <numerusform>Synced; %n change still to send</numerusform>
            <numerusform>Synced; %n changes still to send</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>Syncing %1 of %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Offline: your changes are kept and will be sent when the server can be reached</source>
        <translation>Offline: your changes are kept and will be sent when the server can be reached</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Sync stopped: %1</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <source>written by someone not allowed to make that change</source>
        <translation>written by someone not allowed to make that change</translation>
    </message>
    <message>
        <source>holding a value this app does not accept</source>
        <translation>holding a value this app does not accept</translation>
    </message>
    <message>
        <source>about something that does not fit where it was sent</source>
        <translation>about something that does not fit where it was sent</translation>
    </message>
    <message>
        <source>refused by this computer&apos;s database</source>
        <translation>refused by this computer&apos;s database</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>not valid</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) %1</source>
        <translation>
            <numerusform>%n change %1</numerusform>
            <numerusform>%n changes %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Working on this computer only</source>
        <translation>Working on this computer only</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
</context>
<context>
    <name>TrainingOverviewPage</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Required modules done</source>
        <translation>Required modules done</translation>
    </message>
    <message>
        <source>Ready to match</source>
        <translation>Ready to match</translation>
    </message>
    <message>
        <source>Training of mentors and mentees</source>
        <translation>Training of mentors and mentees</translation>
    </message>
    <message>
        <source>One row per person: required training modules done</source>
        <translation>One row per person: required training modules done</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>People who finished their required training: %1 of %2.</source>
        <translation>People who finished their required training: %1 of %2.</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>to do</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Training modules</source>
        <translation>Training modules</translation>
    </message>
    <message>
        <source>Short modules to prepare you for your match</source>
        <translation>Short modules to prepare you for your match</translation>
    </message>
    <message>
        <source>Module text</source>
        <translation>Module text</translation>
    </message>
    <message>
        <source>You have finished every required module. You can reread them at any time.</source>
        <translation>You have finished every required module. You can reread them at any time.</translation>
    </message>
    <message>
        <source>Required modules done: %1 of %2. They must all be done before you are matched.</source>
        <translation>Required modules done: %1 of %2. They must all be done before you are matched.</translation>
    </message>
    <message>
        <source>About %1 minutes</source>
        <translation>About %1 minutes</translation>
    </message>
    <message>
        <source>Check what you learned</source>
        <translation>Check what you learned</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Done on %1.</source>
        <translation>Done on %1.</translation>
    </message>
    <message>
        <source>&amp;Check my answers</source>
        <translation>&amp;Check my answers</translation>
    </message>
    <message>
        <source>&amp;Mark as read</source>
        <translation>&amp;Mark as read</translation>
    </message>
    <message>
        <source>Please answer question %1.</source>
        <translation>Please answer question %1.</translation>
    </message>
    <message>
        <source>Not quite. Read the explanation and try again.</source>
        <translation>Not quite. Read the explanation and try again.</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Question %1: %2</translation>
    </message>
    <message>
        <source>Well done: “%1” is done.</source>
        <translation>Well done: “%1” is done.</translation>
    </message>
</context>
<context>
    <name>TypingIndicator</name>
    <message>
        <source>The other person</source>
        <translation>The other person</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 is typing…</translation>
    </message>
    <message>
        <source>Nobody is typing</source>
        <translation>Nobody is typing</translation>
    </message>
</context>
<context>
    <name>UrgentNotice</name>
    <message>
        <source>New urgent items in the review queue: %1.</source>
        <translation>New urgent items in the review queue: %1.</translation>
    </message>
    <message>
        <source>Jumelage: urgent</source>
        <translation>Jumelage: urgent</translation>
    </message>
</context>
</TS>
