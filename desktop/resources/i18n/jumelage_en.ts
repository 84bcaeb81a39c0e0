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
        <source>Supervision</source>
        <translation>Supervision</translation>
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
</TS>
