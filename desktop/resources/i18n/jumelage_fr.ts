<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Things to do together</source>
        <translation>Des choses à faire ensemble</translation>
    </message>
    <message>
        <source>&amp;Suggest to my pair</source>
        <translation>&amp;Proposer à mon jumelage</translation>
    </message>
    <message>
        <source>Suggest to my pair</source>
        <translation>Proposer à mon jumelage</translation>
    </message>
    <message>
        <source>Post this activity in your pair&apos;s conversation</source>
        <translation>Publier cette activité dans la conversation de votre jumelage</translation>
    </message>
    <message>
        <source>No activity is available.</source>
        <translation>Aucune activité n’est offerte.</translation>
    </message>
    <message>
        <source>About %1 minutes</source>
        <translation>Environ %1 minutes</translation>
    </message>
    <message>
        <source>How to do it:</source>
        <translation>Comment faire :</translation>
    </message>
    <message>
        <source>Questions to talk about:</source>
        <translation>Questions à discuter :</translation>
    </message>
    <message>
        <source>Suggested in your pair&apos;s conversation.</source>
        <translation>Proposée dans la conversation de votre jumelage.</translation>
    </message>
</context>
<context>
    <name>CallLauncher</name>
    <message>
        <source>Video calls need a connection to your program&apos;s server. Check your Internet connection and try again in a moment.</source>
        <translation>Les appels vidéo ont besoin d’une connexion au serveur de votre programme. Vérifiez votre connexion Internet et réessayez dans un moment.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>CallMessages</name>
    <message>
        <source>No camera was found. The others will hear you but not see you.</source>
        <translation>Aucune caméra n&apos;a été trouvée. Les autres vous entendront, mais ne vous verront pas.</translation>
    </message>
    <message>
        <source>Your camera is in use by another program. Close that program, or continue without video.</source>
        <translation>Votre caméra est utilisée par un autre programme. Fermez ce programme, ou continuez sans vidéo.</translation>
    </message>
    <message>
        <source>Jumelage is not allowed to use the camera. You can allow it in your computer&apos;s privacy settings; the call goes on without your video.</source>
        <translation>Jumelage n&apos;a pas la permission d&apos;utiliser la caméra. Vous pouvez l&apos;accorder dans les paramètres de confidentialité de votre ordinateur; l&apos;appel continue sans votre vidéo.</translation>
    </message>
    <message>
        <source>No camera or microphone was found. The others cannot see or hear you; you can still see and hear them, and use the chat.</source>
        <translation>Aucune caméra ni aucun micro n’a été trouvé. Les autres ne peuvent ni vous voir ni vous entendre; vous pouvez quand même les voir, les entendre et utiliser la conversation écrite.</translation>
    </message>
    <message>
        <source>No microphone was found. You can still use the chat.</source>
        <translation>Aucun microphone n&apos;a été trouvé. Vous pouvez quand même utiliser la conversation écrite.</translation>
    </message>
    <message>
        <source>Your microphone is in use by another program. Close that program, or use the chat.</source>
        <translation>Votre microphone est utilisé par un autre programme. Fermez ce programme, ou utilisez la conversation écrite.</translation>
    </message>
    <message>
        <source>Jumelage is not allowed to use the microphone. You can allow it in your computer&apos;s privacy settings; the chat still works.</source>
        <translation>Jumelage n&apos;a pas la permission d&apos;utiliser le microphone. Vous pouvez l&apos;accorder dans les paramètres de confidentialité de votre ordinateur; la conversation écrite fonctionne toujours.</translation>
    </message>
    <message>
        <source>No speaker or headphones were found, so you cannot hear the call. Use the chat.</source>
        <translation>Aucun haut-parleur ni casque n&apos;a été trouvé : vous ne pouvez pas entendre l&apos;appel. Utilisez la conversation écrite.</translation>
    </message>
    <message>
        <source>A device cannot be used. The call goes on without it.</source>
        <translation>Un appareil ne peut pas être utilisé. L&apos;appel continue sans lui.</translation>
    </message>
    <message>
        <source>You left the call.</source>
        <translation>Vous avez quitté l&apos;appel.</translation>
    </message>
    <message>
        <source>The other person left the call.</source>
        <translation>L&apos;autre personne a quitté l&apos;appel.</translation>
    </message>
    <message>
        <source>The connection was lost and could not be restored. The call has ended.</source>
        <translation>La connexion a été perdue et n&apos;a pas pu être rétablie. L&apos;appel est terminé.</translation>
    </message>
    <message>
        <source>The call could not connect. Check your internet connection and try again.</source>
        <translation>L&apos;appel n&apos;a pas pu se connecter. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. The call has ended.</source>
        <translation>La connexion au serveur a été perdue. L&apos;appel est terminé.</translation>
    </message>
    <message>
        <source>The call has ended.</source>
        <translation>L&apos;appel est terminé.</translation>
    </message>
    <message>
        <source>This call is already open in another window.</source>
        <translation>Cet appel est déjà ouvert dans une autre fenêtre.</translation>
    </message>
    <message>
        <source>This call cannot start: the pair is not complete.</source>
        <translation>Cet appel ne peut pas commencer : le jumelage n&apos;est pas complet.</translation>
    </message>
    <message>
        <source>Jumelage cannot reach the server right now. Try again soon.</source>
        <translation>Jumelage ne peut pas joindre le serveur pour le moment. Réessayez bientôt.</translation>
    </message>
    <message>
        <source>The call could not start. Try again soon.</source>
        <translation>L&apos;appel n&apos;a pas pu commencer. Réessayez bientôt.</translation>
    </message>
</context>
<context>
    <name>CallWindow</name>
    <message>
        <source>Leave the call?</source>
        <translation>Quitter l&apos;appel?</translation>
    </message>
    <message>
        <source>Do you want to leave this call?</source>
        <translation>Voulez-vous quitter cet appel?</translation>
    </message>
    <message>
        <source>Video of a staff member</source>
        <translation>Vidéo d&apos;un membre du personnel</translation>
    </message>
    <message>
        <source>Your connection is weak: sending smaller video.</source>
        <translation>Votre connexion est faible : envoi d&apos;une vidéo réduite.</translation>
    </message>
    <message>
        <source>Your connection is weak: sending sound only.</source>
        <translation>Votre connexion est faible : envoi du son seulement.</translation>
    </message>
    <message>
        <source>Your connection is too weak for sound: use the chat.</source>
        <translation>Votre connexion est trop faible pour le son : utilisez la conversation écrite.</translation>
    </message>
    <message>
        <source>Your connection is too weak for sound.</source>
        <translation>Votre connexion est trop faible pour le son.</translation>
    </message>
    <message>
        <source>The other person turned their camera off.</source>
        <translation>L&apos;autre personne a éteint sa caméra.</translation>
    </message>
    <message>
        <source>The other person is muted.</source>
        <translation>Le micro de l&apos;autre personne est coupé.</translation>
    </message>
    <message>
        <source>the other person</source>
        <translation>l&apos;autre personne</translation>
    </message>
    <message>
        <source>Check your camera and sound, then join.</source>
        <translation>Vérifiez votre caméra et le son, puis joignez l&apos;appel.</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Connexion à l&apos;appel…</translation>
    </message>
    <message>
        <source>Waiting for %1 to join…</source>
        <translation>En attente de %1…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>In the call with %1.</source>
        <translation>En appel avec %1.</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting…</source>
        <translation>Connexion perdue, reconnexion…</translation>
    </message>
    <message>
        <source>Call ended.</source>
        <translation>Appel terminé.</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Appel avec %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Call status</source>
        <translation>État de l&apos;appel</translation>
    </message>
    <message>
        <source>Video of the other person</source>
        <translation>Vidéo de l&apos;autre personne</translation>
    </message>
    <message>
        <source>&amp;Join the call</source>
        <translation>&amp;Joindre l&apos;appel</translation>
    </message>
    <message>
        <source>Join the call</source>
        <translation>Joindre l&apos;appel</translation>
    </message>
    <message>
        <source>Unmute (M)</source>
        <translation>Réactiver le micro (M)</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Couper le micro (M)</translation>
    </message>
    <message>
        <source>Microphone muted</source>
        <translation>Micro coupé</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Couper le micro</translation>
    </message>
    <message>
        <source>Press M to mute or unmute</source>
        <translation>Appuyez sur M pour couper ou réactiver le micro</translation>
    </message>
    <message>
        <source>Turn camera on (V)</source>
        <translation>Allumer la caméra (V)</translation>
    </message>
    <message>
        <source>Turn camera off (V)</source>
        <translation>Éteindre la caméra (V)</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Caméra éteinte</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>Caméra allumée</translation>
    </message>
    <message>
        <source>Press V to turn the camera on or off</source>
        <translation>Appuyez sur V pour allumer ou éteindre la caméra</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Low video</source>
        <translation>Vidéo réduite</translation>
    </message>
    <message>
        <source>Sound only</source>
        <translation>Son seulement</translation>
    </message>
    <message>
        <source>Call mode</source>
        <translation>Mode d&apos;appel</translation>
    </message>
    <message>
        <source>Choose less video on a weak link</source>
        <translation>Choisissez moins de vidéo sur une connexion faible</translation>
    </message>
    <message>
        <source>&amp;Hang up</source>
        <translation>&amp;Raccrocher</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>Ctrl+W or Esc to leave</source>
        <translation>Ctrl+W ou Échap pour quitter</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Your camera is off.</source>
        <translation>Votre caméra est éteinte.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>Your camera</source>
        <translation>Votre caméra</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Aperçu de la caméra</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>%1 / %2 characters: remove %3 to send.</source>
        <translation>%1 / %2 caractères : retirez-en %3 pour envoyer.</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caractères</translation>
    </message>
    <message>
        <source>Character count</source>
        <translation>Nombre de caractères</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>Envoyer le message (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Write your message. Ctrl+Enter sends it.</source>
        <translation>Écrivez votre message. Ctrl+Entrée l’envoie.</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Écrire un message…</translation>
    </message>
</context>
<context>
    <name>CreateProfileDialog</name>
    <message>
        <source>Create a profile</source>
        <translation>Créer un profil</translation>
    </message>
    <message>
        <source>Your profile is kept on this computer, locked by your passphrase. Choose a passphrase of a few words that only you know (at least %1 characters).</source>
        <translation>Votre profil est gardé sur cet ordinateur, verrouillé par votre phrase de passe. Choisissez une phrase de passe de quelques mots que vous seul(e) connaissez (au moins %1 caractères).</translation>
    </message>
    <message>
        <source>&amp;Name shown to others</source>
        <translation>&amp;Nom affiché aux autres</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nom d’&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase</source>
        <translation>&amp;Confirmer la phrase de passe</translation>
    </message>
    <message>
        <source>Name shown to others</source>
        <translation>Nom affiché aux autres</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmer la phrase de passe</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Creating your profile…</source>
        <translation>Création de votre profil…</translation>
    </message>
    <message>
        <source>Type the name others will see.</source>
        <translation>Tapez le nom que les autres verront.</translation>
    </message>
    <message>
        <source>Choose a username.</source>
        <translation>Choisissez un nom d’utilisateur.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>La phrase de passe est trop courte : utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>CrisisDialog</name>
    <message>
        <source>Help right now</source>
        <translation>De l’aide tout de suite</translation>
    </message>
    <message>
        <source>You are not alone.</source>
        <translation>Tu n’es pas seul(e).</translation>
    </message>
    <message>
        <source>Your program staff have been told. If you are thinking about hurting yourself, or you are not safe, you can talk to someone right now. It is free and confidential.</source>
        <translation>L’équipe de ton programme a été avisée. Si tu penses à te faire du mal, ou si tu n’es pas en sécurité, tu peux parler à quelqu’un tout de suite. C’est gratuit et confidentiel.</translation>
    </message>
    <message>
        <source>In an emergency, call 9-1-1.</source>
        <translation>En cas d’urgence, appelle le 9-1-1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Website of %1</source>
        <translation>Site Web de %1</translation>
    </message>
    <message>
        <source>You can also use any phone: %1.</source>
        <translation>Tu peux aussi utiliser n’importe quel téléphone : %1.</translation>
    </message>
    <message>
        <source>24 hours a day, 7 days a week</source>
        <translation>24 heures sur 24, 7 jours sur 7</translation>
    </message>
    <message>
        <source>9-8-8: Suicide Crisis Helpline</source>
        <translation>9-8-8 : Ligne d’aide en cas de crise de suicide</translation>
    </message>
    <message>
        <source>If you are thinking about suicide, or worried about someone, talk to a trained responder. Free and confidential.</source>
        <translation>Si tu penses au suicide ou si tu t’inquiètes pour quelqu’un, parle à une personne formée. C’est gratuit et confidentiel.</translation>
    </message>
    <message>
        <source>Call 9-8-8</source>
        <translation>Appelle le 9-8-8</translation>
    </message>
    <message>
        <source>Text 9-8-8</source>
        <translation>Texte le 9-8-8</translation>
    </message>
    <message>
        <source>Kids Help Phone</source>
        <translation>Jeunesse, J’écoute</translation>
    </message>
    <message>
        <source>For young people, whatever is going on. Free and confidential.</source>
        <translation>Pour les jeunes, peu importe ce qui se passe. C’est gratuit et confidentiel.</translation>
    </message>
    <message>
        <source>Call 1-800-668-6868</source>
        <translation>Appelle le 1-800-668-6868</translation>
    </message>
    <message>
        <source>Text CONNECT to 686868</source>
        <translation>Texte PARLER au 686868</translation>
    </message>
    <message>
        <source>https://kidshelpphone.ca</source>
        <translation>https://jeunessejecoute.ca</translation>
    </message>
    <message>
        <source>Emergency: 9-1-1</source>
        <translation>Urgence : 9-1-1</translation>
    </message>
    <message>
        <source>If you are in danger right now or someone is hurt, call 9-1-1.</source>
        <translation>Si tu es en danger maintenant ou si quelqu’un est blessé, appelle le 9-1-1.</translation>
    </message>
    <message>
        <source>Call 9-1-1</source>
        <translation>Appelle le 9-1-1</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>En tout temps</translation>
    </message>
</context>
<context>
    <name>DevicePickers</name>
    <message>
        <source>No camera found</source>
        <translation>Aucune caméra trouvée</translation>
    </message>
    <message>
        <source>No microphone found</source>
        <translation>Aucun microphone trouvé</translation>
    </message>
    <message>
        <source>No speaker found</source>
        <translation>Aucun haut-parleur trouvé</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Caméra</translation>
    </message>
    <message>
        <source>M&amp;icrophone</source>
        <translation>M&amp;icrophone</translation>
    </message>
    <message>
        <source>&amp;Speaker</source>
        <translation>&amp;Haut-parleur</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>The camera used for this call</source>
        <translation>La caméra utilisée pour cet appel</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>The microphone used</source>
        <translation>Le microphone utilisé</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Haut-parleur</translation>
    </message>
    <message>
        <source>Where the call&apos;s sound plays</source>
        <translation>Où le son de l&apos;appel est joué</translation>
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
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The username or passphrase is not right. Check them and try again.</source>
        <translation>Le nom d’utilisateur ou la phrase de passe n’est pas bon. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>Your profile on this computer cannot be opened. Sign in again to rebuild it from the server, or ask your program staff for help.</source>
        <translation>Votre profil sur cet ordinateur ne peut pas être ouvert. Connectez-vous de nouveau pour le reconstruire à partir du serveur, ou demandez de l’aide à l’intervenant(e) de votre programme.</translation>
    </message>
    <message>
        <source>This profile was used with a newer version of Jumelage. Update Jumelage on this computer, then try again.</source>
        <translation>Ce profil a été utilisé avec une version plus récente de Jumelage. Mettez Jumelage à jour sur cet ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk of this computer is full. Free some space, then try again.</source>
        <translation>Le disque de cet ordinateur est plein. Libérez de l’espace, puis réessayez.</translation>
    </message>
    <message>
        <source>Jumelage cannot save on this computer (the folder is read-only). Ask the person who manages this computer.</source>
        <translation>Jumelage ne peut pas enregistrer sur cet ordinateur (le dossier est en lecture seule). Adressez-vous à la personne qui gère cet ordinateur.</translation>
    </message>
    <message>
        <source>This computer has no secure password store, so Jumelage cannot remember you here. You will type your passphrase each time.</source>
        <translation>Cet ordinateur n’a pas de coffre à mots de passe sécurisé : Jumelage ne peut donc pas se souvenir de vous ici. Vous taperez votre phrase de passe chaque fois.</translation>
    </message>
    <message>
        <source>This username is already used on this computer. Choose another one.</source>
        <translation>Ce nom d’utilisateur est déjà utilisé sur cet ordinateur. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Your organisation has set this option; it cannot be changed here.</source>
        <translation>Votre organisme a fixé cette option; elle ne peut pas être modifiée ici.</translation>
    </message>
    <message>
        <source>Your organisation does not allow Jumelage to remember you here.</source>
        <translation>Votre organisme ne permet pas à Jumelage de se souvenir de vous ici.</translation>
    </message>
    <message>
        <source>Your profile is locked. Sign in again to continue.</source>
        <translation>Votre profil est verrouillé. Connectez-vous de nouveau pour continuer.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a moment before trying again.</source>
        <translation>Trop d’essais. Attendez un moment avant de réessayer.</translation>
    </message>
    <message>
        <source>Your profile on this computer is incomplete. Sign in again to rebuild it from the server, or ask your program staff for help.</source>
        <translation>Votre profil sur cet ordinateur est incomplet. Connectez-vous de nouveau pour le reconstruire à partir du serveur, ou demandez de l’aide à l’intervenant(e) de votre programme.</translation>
    </message>
    <message>
        <source>Jumelage&apos;s files on this computer are damaged. Ask the person who manages this computer to repair or reinstall Jumelage.</source>
        <translation>Les fichiers de Jumelage sur cet ordinateur sont endommagés. Demandez à la personne qui gère cet ordinateur de réparer ou de réinstaller Jumelage.</translation>
    </message>
    <message>
        <source>Messages cannot be sent: Jumelage&apos;s safety rules are missing or damaged on this computer. Ask the person who manages this computer to repair or reinstall Jumelage.</source>
        <translation>Impossible d’envoyer des messages : les règles de sécurité de Jumelage sont absentes ou endommagées sur cet ordinateur. Demandez à la personne qui gère cet ordinateur de réparer ou de réinstaller Jumelage.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the internet connection.</source>
        <translation>Le serveur est injoignable. Vérifiez la connexion Internet.</translation>
    </message>
    <message>
        <source>Your session on the server has ended. Lock, then sign in again.</source>
        <translation>Votre session sur le serveur a pris fin. Verrouillez, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>The connection to the server is not secure: this computer does not trust its certificate. If this network asks you to sign in first (library or café Wi-Fi), do that; otherwise ask the person who manages this computer.</source>
        <translation>La connexion au serveur n’est pas sûre : cet ordinateur ne fait pas confiance à son certificat. Si ce réseau vous demande d’abord de vous connecter (Wi-Fi d’une bibliothèque ou d’un café), faites-le; sinon, demandez à la personne qui gère cet ordinateur.</translation>
    </message>
    <message>
        <source>The server is not working right now. Try again later.</source>
        <translation>Le serveur ne fonctionne pas en ce moment. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>Trop de tentatives. Attendez un moment, puis réessayez.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is far off. Set the correct date and time, then try again.</source>
        <translation>L’horloge de cet ordinateur est très décalée. Réglez la bonne date et la bonne heure, puis réessayez.</translation>
    </message>
    <message>
        <source>Your organisation requires a server hosted in Canada, and this server does not declare that it is.</source>
        <translation>Votre organisme exige un serveur hébergé au Canada, et ce serveur ne déclare pas l’être.</translation>
    </message>
    <message>
        <source>This version of Jumelage is too old for the server. Update Jumelage.</source>
        <translation>Cette version de Jumelage est trop ancienne pour le serveur. Mettez Jumelage à jour.</translation>
    </message>
    <message>
        <source>Jumelage is busy saving on this computer. It will try again by itself.</source>
        <translation>Jumelage est occupé à enregistrer sur cet ordinateur. Il réessaiera de lui-même.</translation>
    </message>
    <message>
        <source>Jumelage could not save on this computer. Check that the disk is not full, then lock and sign in again.</source>
        <translation>Jumelage n’a pas pu enregistrer sur cet ordinateur. Vérifiez que le disque n’est pas plein, puis verrouillez et reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your account&apos;s keys cannot be opened with this passphrase. Ask your program staff for help.</source>
        <translation>Les clés de votre compte ne s’ouvrent pas avec cette phrase de passe. Demandez de l’aide à l’intervenant(e) de votre programme.</translation>
    </message>
    <message>
        <source>The server refused: you are not a member of this program.</source>
        <translation>Le serveur a refusé : vous n’êtes pas membre de ce programme.</translation>
    </message>
    <message>
        <source>This invite code is not valid. Check it and try again.</source>
        <translation>Ce code d’invitation n’est pas valide. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>This invite code has already been used. Ask your program staff for a new one.</source>
        <translation>Ce code d’invitation a déjà servi. Demandez-en un nouveau à l’intervenant(e) de votre programme.</translation>
    </message>
    <message>
        <source>This invite code has expired. Ask your program staff for a new one.</source>
        <translation>Ce code d’invitation est expiré. Demandez-en un nouveau à l’intervenant(e) de votre programme.</translation>
    </message>
    <message>
        <source>This profile is not connected to a server.</source>
        <translation>Ce profil n’est relié à aucun serveur.</translation>
    </message>
    <message>
        <source>Type the server address, starting with https://</source>
        <translation>Tapez l’adresse du serveur, qui commence par https://</translation>
    </message>
    <message>
        <source>This server address starts with http://, which is not encrypted. Use the https:// address of your organisation&apos;s server, or ask the person who manages this computer.</source>
        <translation>Cette adresse de serveur commence par http://, qui n’est pas chiffré. Utilisez l’adresse https:// du serveur de votre organisme, ou adressez-vous à la personne qui gère cet ordinateur.</translation>
    </message>
    <message>
        <source>The demo server could not start on this computer.</source>
        <translation>Le serveur de démonstration n’a pas pu démarrer sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The server refused: its answer could not be understood.</source>
        <translation>Le serveur a refusé : sa réponse est incompréhensible.</translation>
    </message>
    <message>
        <source>The server now gives another security key for someone in this pair, so nothing was shared with them. A staff member must check with that person and confirm the new key on the supervision page.</source>
        <translation>Le serveur donne maintenant une autre clé de sécurité pour une personne de ce jumelage : rien ne lui a donc été partagé. Un(e) intervenant(e) doit vérifier auprès de cette personne, puis confirmer la nouvelle clé dans la page de supervision.</translation>
    </message>
    <message>
        <source>The server gave a staff key that your organisation did not sign, so Jumelage did not use it. Tell your program staff.</source>
        <translation>Le serveur a fourni une clé d’intervenant que votre organisme n’a pas signée : Jumelage ne l’a donc pas utilisée. Avisez l’intervenant(e) de votre programme.</translation>
    </message>
    <message>
        <source>This server does not hold the key of the organisation that invited you. Check the server address and the whole invite code, or ask your program staff.</source>
        <translation>Ce serveur n’a pas la clé de l’organisme qui vous a invité(e). Vérifiez l’adresse du serveur et le code d’invitation au complet, ou demandez à l’intervenant(e) de votre programme.</translation>
    </message>
    <message>
        <source>This change used a key the program staff do not have, so the server refused it. Sync again; if it happens again, tell your program staff.</source>
        <translation>Cette modification utilisait une clé que les intervenant(e)s du programme n’ont pas : le serveur l’a donc refusée. Synchronisez de nouveau; si cela se reproduit, avisez l’intervenant(e) de votre programme.</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe. Try again; if it happens again, restart Jumelage or ask your program staff for help.</source>
        <translation>Un problème est survenu. Vos données sont en sécurité. Réessayez; si cela se reproduit, redémarrez Jumelage ou demandez de l’aide à l’intervenant(e) de votre programme.</translation>
    </message>
</context>
<context>
    <name>HeldMessagesList</name>
    <message>
        <source>about: %1</source>
        <translation>à propos de : %1</translation>
    </message>
    <message>
        <source>about the whole conversation</source>
        <translation>à propos de toute la conversation</translation>
    </message>
    <message>
        <source>Urgent report by %1, %2 — %3</source>
        <translation>Signalement urgent de %1, %2 — %3</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>raison : %1</translation>
    </message>
    <message>
        <source>in their words: “%1”</source>
        <translation>dans ses mots : « %1 »</translation>
    </message>
    <message>
        <source>Possible self-harm. </source>
        <translation>Risque possible d’automutilation. </translation>
    </message>
    <message>
        <source>No message is waiting.</source>
        <translation>Aucun message n’attend.</translation>
    </message>
    <message>
        <source>Dismiss this message?</source>
        <translation>Refuser ce message?</translation>
    </message>
    <message>
        <source>It will never be delivered, and this cannot be undone. The writer will see that staff did not deliver it.
A note for the program&apos;s records (optional):</source>
        <translation>Il ne sera jamais remis, et c’est définitif. La personne qui l’a écrit verra que l’équipe ne l’a pas remis.
Une note pour le dossier du programme (facultatif) :</translation>
    </message>
    <message>
        <source>Keep it waiting</source>
        <translation>Le laisser en attente</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (facultatif)</translation>
    </message>
    <message>
        <source>This message was already decided.</source>
        <translation>Une décision a déjà été prise pour ce message.</translation>
    </message>
    <message>
        <source>Urgent reports</source>
        <translation>Signalements urgents</translation>
    </message>
    <message>
        <source>Reports sent to staff, newest first</source>
        <translation>Signalements envoyés à l’équipe, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>Messages waiting for review</source>
        <translation>Messages en attente de vérification</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>thinking about hurting themselves</source>
        <translation>pense à se faire du mal</translation>
    </message>
    <message>
        <source>does not feel safe</source>
        <translation>ne se sent pas en sécurité</translation>
    </message>
    <message>
        <source>something made them uncomfortable</source>
        <translation>quelque chose l’a mis mal à l’aise</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>autre chose</translation>
    </message>
    <message>
        <source>Approve message</source>
        <translation>Approuver le message</translation>
    </message>
    <message>
        <source>Deliver the selected message to the other person</source>
        <translation>Remettre le message choisi à l’autre personne</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Refuser le message</translation>
    </message>
    <message>
        <source>Do not deliver the selected message</source>
        <translation>Ne pas remettre le message choisi</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join with an invite code</source>
        <translation>Se joindre avec un code d’invitation</translation>
    </message>
    <message>
        <source>Type the invite code your program staff gave you, then choose your username and a passphrase of a few words that only you know (at least %1 characters).</source>
        <translation>Tapez le code d’invitation reçu de l’intervenant(e) de votre programme, puis choisissez votre nom d’utilisateur et une phrase de passe de quelques mots que vous seul(e) connaissez (au moins %1 caractères).</translation>
    </message>
    <message>
        <source>&amp;Invite code</source>
        <translation>Code d’&amp;invitation</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nom d’&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Name shown to others</source>
        <translation>&amp;Nom affiché aux autres</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase</source>
        <translation>&amp;Confirmer la phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>Adresse du &amp;serveur</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Se joindre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Checking where this server stores data…</source>
        <translation>Vérification de l’endroit où ce serveur garde les données…</translation>
    </message>
    <message>
        <source>Type the invite code.</source>
        <translation>Tapez le code d’invitation.</translation>
    </message>
    <message>
        <source>Choose a username.</source>
        <translation>Choisissez un nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Type the name others will see.</source>
        <translation>Tapez le nom que les autres verront.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>La phrase de passe est trop courte : utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Joining your program… This can take a moment.</source>
        <translation>Inscription à votre programme… Cela peut prendre un moment.</translation>
    </message>
</context>
<context>
    <name>KeyChangesPanel</name>
    <message>
        <source>Someone not yet named</source>
        <translation>Une personne dont le nom n’est pas encore connu</translation>
    </message>
    <message>
        <source>%1: new key, and the server now says their role is %2</source>
        <translation>%1 : nouvelle clé, et le serveur indique maintenant que son rôle est %2</translation>
    </message>
    <message>
        <source>%1: new key</source>
        <translation>%1 : nouvelle clé</translation>
    </message>
    <message>
        <source>Warning: the server now gives other security keys for the people below. Jumelage will not share a pair&apos;s key with them until you confirm. Check with each person (by phone or in person) that they really set up a new account; if not, do not confirm and tell your IT person.</source>
        <translation>Attention : le serveur donne maintenant d’autres clés de sécurité pour les personnes ci-dessous. Jumelage ne leur partagera pas la clé d’un jumelage tant que vous n’aurez pas confirmé. Vérifiez auprès de chaque personne (par téléphone ou en personne) qu’elle a vraiment créé un nouveau compte; sinon, ne confirmez pas et avisez votre responsable informatique.</translation>
    </message>
    <message>
        <source>&amp;Confirm the new key</source>
        <translation>&amp;Confirmer la nouvelle clé</translation>
    </message>
    <message>
        <source>People whose security key changed</source>
        <translation>Personnes dont la clé de sécurité a changé</translation>
    </message>
    <message>
        <source>Confirm the new key</source>
        <translation>Confirmer la nouvelle clé</translation>
    </message>
    <message>
        <source>Only after checking with this person that they set up a new account.</source>
        <translation>Seulement après avoir vérifié auprès de cette personne qu’elle a créé un nouveau compte.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>My pairs</source>
        <translation>Mes jumelages</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>program staff</source>
        <translation>intervenant(e)</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor(e)</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentoré(e)</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté(e) : %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Verrouiller (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Section content</source>
        <translation>Contenu de la section</translation>
    </message>
    <message>
        <source>Close your profile now; your passphrase opens it again.</source>
        <translation>Fermer votre profil maintenant; votre phrase de passe le rouvrira.</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>This message was deleted.</source>
        <translation>Ce message a été supprimé.</translation>
    </message>
    <message>
        <source>This message could not be read.</source>
        <translation>Ce message n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Activity: %1 (done)</source>
        <translation>Activité : %1 (faite)</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Activité : %1</translation>
    </message>
    <message>
        <source>Waiting to be sent (offline)</source>
        <translation>En attente d’envoi (hors ligne)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Waiting for review by program staff</source>
        <translation>En attente de vérification par l’équipe du programme</translation>
    </message>
    <message>
        <source>Not sent: %1. Select it and press Retry.</source>
        <translation>Non envoyé : %1. Sélectionnez-le et appuyez sur Réessayer.</translation>
    </message>
    <message>
        <source>program staff did not approve it</source>
        <translation>l’équipe du programme ne l’a pas approuvé</translation>
    </message>
    <message>
        <source>the message is too long</source>
        <translation>le message est trop long</translation>
    </message>
    <message>
        <source>the server refused it</source>
        <translation>le serveur l’a refusé</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>la connexion a échoué</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Session outcome</source>
        <translation>Bilan de la rencontre</translation>
    </message>
    <message>
        <source>How did the session of %1 go?</source>
        <translation>Comment s&apos;est passée la rencontre du %1?</translation>
    </message>
    <message>
        <source>&amp;Held</source>
        <translation>&amp;Tenue</translation>
    </message>
    <message>
        <source>&amp;Missed (nobody or only one person came)</source>
        <translation>&amp;Manquée (personne n&apos;est venu, ou une seule personne)</translation>
    </message>
    <message>
        <source>&amp;Cancelled</source>
        <translation>&amp;Annulée</translation>
    </message>
    <message>
        <source>Minutes &amp;spent together</source>
        <translation>Minutes &amp;passées ensemble</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes spent together</source>
        <translation>Minutes passées ensemble</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Save the outcome</source>
        <translation>Enregistrer le bilan</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
</context>
<context>
    <name>PairHomePage</name>
    <message>
        <source>Before you send</source>
        <translation>Avant d’envoyer</translation>
    </message>
    <message>
        <source>Your program asks you to keep contact details out of messages. Send anyway?</source>
        <translation>Votre programme vous demande de ne pas mettre de coordonnées dans les messages. Envoyer quand même?</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Modifier le message</translation>
    </message>
    <message>
        <source>Your message is waiting for review by program staff.</source>
        <translation>Votre message attend la vérification de l’équipe du programme.</translation>
    </message>
    <message>
        <source>Your report was sent to your program staff. Thank you.</source>
        <translation>Votre signalement a été envoyé à l’équipe de votre programme. Merci.</translation>
    </message>
    <message>
        <source>No suggestion available</source>
        <translation>Aucune suggestion disponible</translation>
    </message>
    <message>
        <source>No pair</source>
        <translation>Aucun jumelage</translation>
    </message>
    <message>
        <source>Program staff can read this conversation to keep everyone safe.</source>
        <translation>L’équipe du programme peut lire cette conversation pour assurer la sécurité de tous.</translation>
    </message>
    <message>
        <source>Last staff review: %1.</source>
        <translation>Dernière vérification par l’équipe : %1.</translation>
    </message>
    <message>
        <source>No staff review yet.</source>
        <translation>Pas encore de vérification par l’équipe.</translation>
    </message>
    <message>
        <source>Write something before sending.</source>
        <translation>Écrivez quelque chose avant d’envoyer.</translation>
    </message>
    <message>
        <source>This message is too long. Shorten it, then send it.</source>
        <translation>Ce message est trop long. Raccourcissez-le, puis envoyez-le.</translation>
    </message>
    <message>
        <source>This message cannot be sent again.</source>
        <translation>Ce message ne peut pas être renvoyé.</translation>
    </message>
    <message>
        <source>This pair is closed: no new messages can be sent.</source>
        <translation>Ce jumelage est terminé : aucun nouveau message ne peut être envoyé.</translation>
    </message>
    <message>
        <source>You are not part of this pair.</source>
        <translation>Vous ne faites pas partie de ce jumelage.</translation>
    </message>
    <message>
        <source>The message could not be sent.</source>
        <translation>Le message n’a pas pu être envoyé.</translation>
    </message>
    <message>
        <source>Your pair will appear here</source>
        <translation>Votre jumelage apparaîtra ici</translation>
    </message>
    <message>
        <source>Your program staff are choosing the right person for you. When they have, they will tell you, and you will be able to write to each other here and plan your sessions.</source>
        <translation>L’équipe de votre programme choisit la bonne personne pour vous. Elle vous le dira, et vous pourrez alors vous écrire ici et planifier vos rencontres.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Vérifier de nouveau</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier de nouveau</translation>
    </message>
    <message>
        <source>Look now for news from your program</source>
        <translation>Chercher maintenant des nouvelles de votre programme</translation>
    </message>
    <message>
        <source>Report message</source>
        <translation>Signaler le message</translation>
    </message>
    <message>
        <source>Tell program staff about the selected message (%1)</source>
        <translation>Signaler le message choisi à l’équipe du programme (%1)</translation>
    </message>
    <message>
        <source>Report conversation</source>
        <translation>Signaler la conversation</translation>
    </message>
    <message>
        <source>Tell program staff that something is wrong in this conversation</source>
        <translation>Dire à l’équipe du programme que quelque chose ne va pas dans cette conversation</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Réessayer l’envoi</translation>
    </message>
    <message>
        <source>Mark activity done</source>
        <translation>Marquer l’activité comme faite</translation>
    </message>
    <message>
        <source>Suggest an activity</source>
        <translation>Proposer une activité</translation>
    </message>
    <message>
        <source>Post a suggested activity in the conversation</source>
        <translation>Publier une activité suggérée dans la conversation</translation>
    </message>
    <message>
        <source>My pairs</source>
        <translation>Mes jumelages</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Use the arrow keys to move through messages</source>
        <translation>Utilisez les flèches pour parcourir les messages</translation>
    </message>
</context>
<context>
    <name>PairListModel</name>
    <message>
        <source>(name not known yet)</source>
        <translation>(nom pas encore connu)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>terminé</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>next session %1</source>
        <translation>prochaine rencontre %1</translation>
    </message>
</context>
<context>
    <name>PairListPage</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>PolicyText</name>
    <message>
        <source>Locked at its safest value, because your organisation&apos;s settings could not be read.</source>
        <translation>Verrouillé à sa valeur la plus sûre, car les paramètres de votre organisme n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>Locked by your organisation (%1).</source>
        <translation>Verrouillé par votre organisme (%1).</translation>
    </message>
    <message>
        <source>Settings from %1 were not used: %2</source>
        <translation>Les paramètres de %1 n’ont pas été utilisés : %2</translation>
    </message>
</context>
<context>
    <name>QualityIndicator</name>
    <message>
        <source>Connection: good</source>
        <translation>Connexion : bonne</translation>
    </message>
    <message>
        <source>Connection: fair</source>
        <translation>Connexion : moyenne</translation>
    </message>
    <message>
        <source>Connection: poor</source>
        <translation>Connexion : faible</translation>
    </message>
    <message>
        <source>Connection: measuring…</source>
        <translation>Connexion : mesure en cours…</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Join the session</source>
        <translation>Rejoindre la rencontre</translation>
    </message>
    <message>
        <source>Start the video call</source>
        <translation>Lancer l&apos;appel vidéo</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Fermer le rappel</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report to your program staff</source>
        <translation>Signaler à l’équipe de votre programme</translation>
    </message>
    <message>
        <source>Your program staff will be told about the whole conversation right away.</source>
        <translation>L’équipe de votre programme sera avisée tout de suite au sujet de toute la conversation.</translation>
    </message>
    <message>
        <source>Your program staff will be told about this message right away.</source>
        <translation>L’équipe de votre programme sera avisée tout de suite au sujet de ce message.</translation>
    </message>
    <message>
        <source>If you want, say why (you don&apos;t have to):</source>
        <translation>Si vous le voulez, dites pourquoi (ce n’est pas obligatoire) :</translation>
    </message>
    <message>
        <source>I&apos;m thinking about hurting myself</source>
        <translation>Je pense à me faire du mal</translation>
    </message>
    <message>
        <source>I don&apos;t feel safe</source>
        <translation>Je ne me sens pas en sécurité</translation>
    </message>
    <message>
        <source>Something made me uncomfortable</source>
        <translation>Quelque chose m’a mis mal à l’aise</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>&amp;Anything you want to add (optional)</source>
        <translation>&amp;Ce que vous voulez ajouter (facultatif)</translation>
    </message>
    <message>
        <source>Anything you want to add (optional)</source>
        <translation>Ce que vous voulez ajouter (facultatif)</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Envoyer le signalement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Residency</name>
    <message>
        <source>Not known yet: the server has not answered.</source>
        <translation>Pas encore connu : le serveur n’a pas répondu.</translation>
    </message>
    <message>
        <source>This server does not say where it stores data.</source>
        <translation>Ce serveur ne dit pas où il garde les données.</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Your program&apos;s data is stored in: %1</source>
        <translation>Les données de votre programme sont gardées au : %1</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Move the session</source>
        <translation>Déplacer la rencontre</translation>
    </message>
    <message>
        <source>Plan a session</source>
        <translation>Planifier une rencontre</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Date et heure</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Répétition</translation>
    </message>
    <message>
        <source>&amp;Number of sessions</source>
        <translation>&amp;Nombre de rencontres</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Toutes les deux semaines</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>In your local time</source>
        <translation>À l&apos;heure locale</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Type de rencontre</translation>
    </message>
    <message>
        <source>Video or in person</source>
        <translation>Vidéo ou en personne</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Whether the session repeats</source>
        <translation>Si la rencontre se répète</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Nombre de rencontres</translation>
    </message>
    <message>
        <source>How many sessions the series has</source>
        <translation>Combien de rencontres compte la série</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Scheduling</name>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Held (%1 min)</source>
        <translation>Tenue (%1 min)</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Outcome to record</source>
        <translation>Bilan à noter</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>toutes les deux semaines</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>chaque semaine</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Your Jumelage session has started.</source>
        <translation>Votre rencontre Jumelage a commencé.</translation>
    </message>
    <message>
        <source>Your Jumelage session starts in %1 min.</source>
        <translation>Votre rencontre Jumelage commence dans %1 min.</translation>
    </message>
    <message>
        <source>Reminder: Jumelage session on %1</source>
        <translation>Rappel : rencontre Jumelage le %1</translation>
    </message>
    <message>
        <source>The calendar file is not encrypted. It holds only the dates and times of the sessions, never names or messages.</source>
        <translation>Le fichier de calendrier n&apos;est pas chiffré. Il contient seulement les dates et heures des rencontres, jamais de noms ni de messages.</translation>
    </message>
    <message>
        <source>Choose a date and a time.</source>
        <translation>Choisissez une date et une heure.</translation>
    </message>
    <message>
        <source>A session lasts between 5 minutes and 8 hours.</source>
        <translation>Une rencontre dure entre 5 minutes et 8 heures.</translation>
    </message>
    <message>
        <source>Choose a video session or an in-person session.</source>
        <translation>Choisissez une rencontre vidéo ou en personne.</translation>
    </message>
    <message>
        <source>Choose how often the session repeats.</source>
        <translation>Choisissez à quelle fréquence la rencontre se répète.</translation>
    </message>
    <message>
        <source>Say how many sessions the series has.</source>
        <translation>Indiquez combien de rencontres compte la série.</translation>
    </message>
    <message>
        <source>A series has between 1 and 52 sessions.</source>
        <translation>Une série compte entre 1 et 52 rencontres.</translation>
    </message>
    <message>
        <source>A series has at most 52 sessions. Choose fewer.</source>
        <translation>Une série compte au plus 52 rencontres. Choisissez-en moins.</translation>
    </message>
    <message>
        <source>This time has already passed. Choose a later time.</source>
        <translation>Ce moment est déjà passé. Choisissez une heure plus tardive.</translation>
    </message>
    <message>
        <source>This pair is not on this computer yet. Synchronise, then try again.</source>
        <translation>Ce jumelage n&apos;est pas encore sur cet ordinateur. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>This pair is closed: no new session can be planned.</source>
        <translation>Ce jumelage est terminé : aucune nouvelle rencontre ne peut être planifiée.</translation>
    </message>
    <message>
        <source>This session no longer exists. The list has been updated.</source>
        <translation>Cette rencontre n&apos;existe plus. La liste a été mise à jour.</translation>
    </message>
    <message>
        <source>This session already has an outcome and cannot be changed.</source>
        <translation>Cette rencontre a déjà un bilan et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>This session has not started yet. You can cancel it instead.</source>
        <translation>Cette rencontre n&apos;a pas encore commencé. Vous pouvez plutôt l&apos;annuler.</translation>
    </message>
    <message>
        <source>Choose held, missed or cancelled.</source>
        <translation>Choisissez tenue, manquée ou annulée.</translation>
    </message>
    <message>
        <source>Enter how many minutes the session lasted (1 to 1440).</source>
        <translation>Indiquez combien de minutes la rencontre a duré (de 1 à 1440).</translation>
    </message>
    <message>
        <source>This computer cannot write to this pair yet. Synchronise, then try again.</source>
        <translation>Cet ordinateur ne peut pas encore écrire dans ce jumelage. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed. Try again in a moment.</source>
        <translation>Un problème est survenu. Rien n&apos;a été modifié. Réessayez dans un moment.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>The search could not be done.</source>
        <translation>La recherche n’a pas pu être faite.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n message trouvé</numerusform>
            <numerusform>%n messages trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>No message found.</source>
        <translation>Aucun message trouvé.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Chercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search my conversations</source>
        <translation>Chercher dans mes conversations</translation>
    </message>
    <message>
        <source>Type words to find; Enter opens the first message found</source>
        <translation>Tape des mots à chercher; Entrée ouvre le premier message trouvé</translation>
    </message>
    <message>
        <source>Enter opens the selected message in its conversation</source>
        <translation>Entrée ouvre le message choisi dans sa conversation</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Preparing the demo organisation…</source>
        <translation>Préparation de l’organisme de démonstration…</translation>
    </message>
</context>
<context>
    <name>SessionListWidget</name>
    <message>
        <source>No past session yet.</source>
        <translation>Aucune rencontre passée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No session planned.</source>
        <translation>Aucune rencontre planifiée.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) planned.</source>
        <translation>
            <numerusform>%n rencontre planifiée.</numerusform>
            <numerusform>%n rencontres planifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session moved.</source>
        <translation>Rencontre déplacée.</translation>
    </message>
    <message>
        <source>Outcome saved.</source>
        <translation>Bilan enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) cancelled.</source>
        <translation>
            <numerusform>%n rencontre annulée.</numerusform>
            <numerusform>%n rencontres annulées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel a session</source>
        <translation>Annuler une rencontre</translation>
    </message>
    <message>
        <source>This session repeats. Cancel the later sessions too?</source>
        <translation>Cette rencontre se répète. Annuler aussi les rencontres suivantes?</translation>
    </message>
    <message>
        <source>Only this one</source>
        <translation>Celle-ci seulement</translation>
    </message>
    <message>
        <source>This one and the later ones</source>
        <translation>Celle-ci et les suivantes</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Export to a calendar</source>
        <translation>Exporter vers un calendrier</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Enregistrer le fichier de calendrier</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>The calendar file could not be saved there. Choose another place.</source>
        <translation>Le fichier de calendrier n&apos;a pas pu être enregistré à cet endroit. Choisissez un autre endroit.</translation>
    </message>
    <message>
        <source>Calendar file saved.</source>
        <translation>Fichier de calendrier enregistré.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>&amp;Upcoming sessions</source>
        <translation>Rencontres à &amp;venir</translation>
    </message>
    <message>
        <source>Pa&amp;st sessions</source>
        <translation>Rencontres pa&amp;ssées</translation>
    </message>
    <message>
        <source>Upcoming sessions</source>
        <translation>Rencontres à venir</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Rencontres passées</translation>
    </message>
    <message>
        <source>With their outcomes</source>
        <translation>Avec leur bilan</translation>
    </message>
    <message>
        <source>&amp;Plan a session</source>
        <translation>&amp;Planifier une rencontre</translation>
    </message>
    <message>
        <source>Choose a date, a time and whether it repeats</source>
        <translation>Choisir une date, une heure et si elle se répète</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>Available from 10 minutes before the start</source>
        <translation>Possible à partir de 10 minutes avant le début</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <source>Change the date or time of the selected session</source>
        <translation>Changer la date ou l&apos;heure de la rencontre choisie</translation>
    </message>
    <message>
        <source>&amp;Cancel session</source>
        <translation>&amp;Annuler la rencontre</translation>
    </message>
    <message>
        <source>The other person sees it as cancelled</source>
        <translation>L&apos;autre personne la verra comme annulée</translation>
    </message>
    <message>
        <source>Record &amp;outcome</source>
        <translation>Noter le &amp;bilan</translation>
    </message>
    <message>
        <source>Held, missed or cancelled</source>
        <translation>Tenue, manquée ou annulée</translation>
    </message>
    <message>
        <source>&amp;Export to calendar</source>
        <translation>&amp;Exporter vers un calendrier</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>You have no pair yet. Your program staff will let you know when you do.</source>
        <translation>Vous n’avez pas encore de jumelage. L’intervenant(e) de votre programme vous le dira quand ce sera le cas.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Verrouiller après ce nombre de minutes d’inactivité</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Shared computer</source>
        <translation>Ordinateur partagé</translation>
    </message>
    <message>
        <source>Delete my profile from this computer when I sign out</source>
        <translation>Supprimer mon profil de cet ordinateur quand je me déconnecte</translation>
    </message>
    <message>
        <source>Remember me allowed</source>
        <translation>Se souvenir de moi permis</translation>
    </message>
    <message>
        <source>Video calls</source>
        <translation>Appels vidéo</translation>
    </message>
    <message>
        <source>Server must be hosted in Canada</source>
        <translation>Le serveur doit être hébergé au Canada</translation>
    </message>
    <message>
        <source>Updates turned off</source>
        <translation>Mises à jour désactivées</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Use high contrast colours</source>
        <translation>Utiliser des couleurs à contraste élevé</translation>
    </message>
    <message>
        <source>Where your data is stored</source>
        <translation>Où vos données sont gardées</translation>
    </message>
    <message>
        <source>Problems with the settings from your organisation</source>
        <translation>Problèmes avec les paramètres de votre organisme</translation>
    </message>
    <message>
        <source>Not known yet: sign in to a server to see it.</source>
        <translation>Pas encore connu : connectez-vous à un serveur pour le voir.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Low video</source>
        <translation>Vidéo réduite</translation>
    </message>
    <message>
        <source>Sound only</source>
        <translation>Son seulement</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivés</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
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
        <translation>Verrouillé : %1</translation>
    </message>
    <message>
        <source>Your work is kept, just as you left it. Type your passphrase to continue.</source>
        <translation>Votre travail est gardé tel que vous l’avez laissé. Tapez votre phrase de passe pour continuer.</translation>
    </message>
    <message>
        <source>Sign in with your username and passphrase.</source>
        <translation>Connectez-vous avec votre nom d’utilisateur et votre phrase de passe.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nom d’&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase de passe</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher la phrase de passe</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Se souvenir de moi sur cet ordinateur</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Create a profile</source>
        <translation>Créer un profil</translation>
    </message>
    <message>
        <source>Join with an invite code</source>
        <translation>Se joindre avec un code d’invitation</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Sign in to Jumelage</source>
        <translation>Se connecter à Jumelage</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Your passphrase: a few words that only you know.</source>
        <translation>Votre phrase de passe : quelques mots que vous seul(e) connaissez.</translation>
    </message>
    <message>
        <source>Create a new profile on this computer.</source>
        <translation>Créer un nouveau profil sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Use the invite code your program staff gave you.</source>
        <translation>Utilisez le code d’invitation que l’intervenant(e) de votre programme vous a donné.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>This is a shared computer, so Jumelage does not remember anyone here.</source>
        <translation>Cet ordinateur est partagé : Jumelage ne se souvient donc de personne ici.</translation>
    </message>
    <message>
        <source>Your organisation does not allow Jumelage to remember you here.</source>
        <translation>Votre organisme ne permet pas à Jumelage de se souvenir de vous ici.</translation>
    </message>
    <message>
        <source>This computer has no secure password store, so Jumelage cannot remember you here. You will type your passphrase each time.</source>
        <translation>Cet ordinateur n’a pas de coffre à mots de passe sécurisé : Jumelage ne peut donc pas se souvenir de vous ici. Vous taperez votre phrase de passe chaque fois.</translation>
    </message>
    <message>
        <source>Next time, Jumelage opens without asking for your passphrase.</source>
        <translation>La prochaine fois, Jumelage s’ouvrira sans demander votre phrase de passe.</translation>
    </message>
    <message>
        <source>Opening your profile…</source>
        <translation>Ouverture de votre profil…</translation>
    </message>
    <message>
        <source>Restoring your conversations… %1 of %2</source>
        <translation>Récupération de vos conversations… %1 sur %2</translation>
    </message>
    <message>
        <source>Too many tries. Wait %1 seconds before trying again.</source>
        <translation>Trop d’essais. Attendez %1 secondes avant de réessayer.</translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation>Tapez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Tapez votre phrase de passe.</translation>
    </message>
</context>
<context>
    <name>StaffBanner</name>
    <message>
        <source>Staff: %1 is in this call</source>
        <translation>Personnel : %1 est dans cet appel</translation>
    </message>
    <message>
        <source>a staff member</source>
        <translation>un membre du personnel</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Jumelage cannot start: the file {name} is missing from this installation. Reinstall Jumelage or ask your administrator.</source>
        <translation>Jumelage ne peut pas démarrer : le fichier {name} est absent de cette installation. Réinstallez Jumelage ou adressez-vous à votre administrateur.</translation>
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
        <translation>Jumelages du programme</translation>
    </message>
    <message>
        <source>The program has no pairs yet. Once mentors and mentees have joined with their invite codes and been matched, each pair appears here, and the messages waiting for your review appear beside them.</source>
        <translation>Le programme n’a pas encore de jumelages. Quand les mentor(e)s et les mentoré(e)s se seront joints avec leur code d’invitation et auront été jumelés, chaque jumelage apparaîtra ici, et les messages qui attendent votre révision, à côté.</translation>
    </message>
    <message>
        <source>%1 (mentor) with %2 (mentee)</source>
        <translation>%1 (mentor(e)) avec %2 (mentoré(e))</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(terminé)</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <source>&amp;Join this pair&apos;s call</source>
        <translation>&amp;Rejoindre l’appel de ce jumelage</translation>
    </message>
    <message>
        <source>Join this pair&apos;s call</source>
        <translation>Rejoindre l’appel de ce jumelage</translation>
    </message>
    <message>
        <source>Both people in the pair will see that you are in the call.</source>
        <translation>Les deux personnes du jumelage verront que vous êtes dans l’appel.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Synced, but this computer&apos;s clock is off: set the correct date and time</source>
        <translation>Synchronisé, mais l’horloge de cet ordinateur est décalée : réglez la bonne date et la bonne heure</translation>
    </message>
    <message numerus="yes">
        <source>Synced; %n change(s) from others set aside</source>
        <translation>
            <numerusform>Synchronisé; %n changement venant d’une autre personne mis de côté</numerusform>
            <numerusform>Synchronisé; %n changements venant d’autres personnes mis de côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced; %n change(s) still to send</source>
        <translation>
            <numerusform>Synchronisé; %n changement reste à envoyer</numerusform>
            <numerusform>Synchronisé; %n changements restent à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>Synchronisation : %1 sur %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Offline: your changes are kept and will be sent when the server can be reached</source>
        <translation>Hors ligne : vos changements sont gardés et seront envoyés quand le serveur sera joignable</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Synchronisation arrêtée : %1</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>written by someone not allowed to make that change</source>
        <translation>écrit par une personne qui n’a pas le droit de faire ce changement</translation>
    </message>
    <message>
        <source>holding a value this app does not accept</source>
        <translation>contenant une valeur que l’application n’accepte pas</translation>
    </message>
    <message>
        <source>about something that does not fit where it was sent</source>
        <translation>portant sur un élément qui ne correspond pas à l’endroit où il a été envoyé</translation>
    </message>
    <message>
        <source>refused by this computer&apos;s database</source>
        <translation>refusé par la base de données de cet ordinateur</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>non valide</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) %1</source>
        <translation>
            <numerusform>%n changement %1</numerusform>
            <numerusform>%n changements %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Working on this computer only</source>
        <translation>Travail sur cet ordinateur seulement</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
</context>
<context>
    <name>TypingIndicator</name>
    <message>
        <source>The other person</source>
        <translation>L’autre personne</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 est en train d’écrire…</translation>
    </message>
    <message>
        <source>Nobody is typing</source>
        <translation>Personne n’écrit</translation>
    </message>
</context>
</TS>
