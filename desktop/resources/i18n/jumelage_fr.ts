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
    <name>AuditPage</name>
    <message numerus="yes">
        <source>The audit log is intact: %n event(s), every link checked.</source>
        <translation>
            <numerusform>Le journal d’audit est intact : %n événement, chaque lien vérifié.</numerusform>
            <numerusform>Le journal d’audit est intact : %n événements, chaque lien vérifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) missing from the log.</source>
        <translation>
            <numerusform>%n événement manque au journal.</numerusform>
            <numerusform>%n événements manquent au journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) changed after they were written.</source>
        <translation>
            <numerusform>%n événement modifié après son inscription.</numerusform>
            <numerusform>%n événements modifiés après leur inscription.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the audit log is not intact.</source>
        <translation>Attention : le journal d’audit n’est pas intact.</translation>
    </message>
    <message>
        <source>Tell your organisation&apos;s administrator.</source>
        <translation>Avisez l’administrateur ou l’administratrice de votre organisme.</translation>
    </message>
    <message>
        <source>Read the conversation</source>
        <translation>A lu la conversation</translation>
    </message>
    <message>
        <source>Added a staff note</source>
        <translation>A ajouté une note de l’équipe</translation>
    </message>
    <message>
        <source>Logged a support contact</source>
        <translation>A noté un suivi</translation>
    </message>
    <message>
        <source>Approved a held message</source>
        <translation>A approuvé un message retenu</translation>
    </message>
    <message>
        <source>Dismissed a held message</source>
        <translation>A refusé un message retenu</translation>
    </message>
    <message>
        <source>Paused the pair</source>
        <translation>A suspendu le jumelage</translation>
    </message>
    <message>
        <source>Resumed the pair</source>
        <translation>A réactivé le jumelage</translation>
    </message>
    <message>
        <source>Exported a report</source>
        <translation>A exporté un rapport</translation>
    </message>
    <message>
        <source>Changed the program settings</source>
        <translation>A modifié les paramètres du programme</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>Vérification du journal d’audit…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Every staff reading of a conversation, note, support contact and decision is kept here, linked by a hash chain: a removed or changed event is detected on every staff computer. Only program staff see this log.</source>
        <translation>Chaque lecture d’une conversation par l’équipe, chaque note, suivi et décision est conservé ici, relié par une chaîne de hachage : un événement retiré ou modifié est détecté sur chaque ordinateur de l’équipe. Seule l’équipe du programme voit ce journal.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <source>Audit events, newest first</source>
        <translation>Événements d’audit, les plus récents d’abord</translation>
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
        <source>Verifies every link of the audit log on this computer.</source>
        <translation>Vérifie chaque lien du journal d’audit sur cet ordinateur.</translation>
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
    <name>CheckDialog</name>
    <message>
        <source>Reference check</source>
        <translation>Vérification des références</translation>
    </message>
    <message>
        <source>Police / vulnerable-sector check</source>
        <translation>Vérification policière / secteur vulnérable</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevue</translation>
    </message>
    <message>
        <source>Waiting for the result</source>
        <translation>En attente du résultat</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Not cleared</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>The expiry date must come after the date the check was done.</source>
        <translation>La date d&apos;expiration doit suivre la date de la vérification.</translation>
    </message>
    <message>
        <source>The check cannot be done in the future. Check the date.</source>
        <translation>La vérification ne peut pas être dans le futur. Vérifiez la date.</translation>
    </message>
    <message>
        <source>This date is too far in the past. Check the year.</source>
        <translation>Cette date est trop loin dans le passé. Vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>A police check needs its expiry date.</source>
        <translation>Une vérification policière doit avoir une date d&apos;expiration.</translation>
    </message>
    <message>
        <source>Screening checks are for mentors only.</source>
        <translation>Les vérifications ne s’appliquent qu’aux mentor(e)s.</translation>
    </message>
    <message>
        <source>The note is too long. Keep it under 2,000 characters.</source>
        <translation>La note est trop longue. Gardez-la sous 2 000 caractères.</translation>
    </message>
    <message>
        <source>Record a screening check</source>
        <translation>Consigner une vérification</translation>
    </message>
    <message>
        <source>A screening check of %1.</source>
        <translation>Une vérification concernant %1.</translation>
    </message>
    <message>
        <source>&amp;Check:</source>
        <translation>&amp;Vérification :</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Faite le :</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>E&amp;xpire le :</translation>
    </message>
    <message>
        <source>&amp;Note (staff only):</source>
        <translation>&amp;Note (personnel seulement) :</translation>
    </message>
    <message>
        <source>This check &amp;expires</source>
        <translation>Cette vérification &amp;expire</translation>
    </message>
    <message>
        <source>&amp;Record the check</source>
        <translation>&amp;Consigner la vérification</translation>
    </message>
    <message>
        <source>Kind of check</source>
        <translation>Type de vérification</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Date the check was done</source>
        <translation>Date de la vérification</translation>
    </message>
    <message>
        <source>Date the check expires</source>
        <translation>Date d&apos;expiration de la vérification</translation>
    </message>
    <message>
        <source>This check expires</source>
        <translation>Cette vérification expire</translation>
    </message>
    <message>
        <source>Note about the check</source>
        <translation>Note sur la vérification</translation>
    </message>
    <message>
        <source>Only the program&apos;s staff read it.</source>
        <translation>Seul le personnel du programme la lit.</translation>
    </message>
    <message>
        <source>Record the check</source>
        <translation>Consigner la vérification</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The check is recorded.</source>
        <translation>La vérification est consignée.</translation>
    </message>
</context>
<context>
    <name>CheckInPrompt</name>
    <message>
        <source>Thank you. Only program staff see your answer, never the other person.</source>
        <translation>Merci! Seul le personnel du programme voit votre réponse, jamais l’autre personne.</translation>
    </message>
    <message>
        <source>It replaces the answer you gave earlier this week.</source>
        <translation>Elle remplace la réponse donnée plus tôt cette semaine.</translation>
    </message>
    <message>
        <source>If you answer again, on this computer or another, the last answer counts.</source>
        <translation>Si vous répondez de nouveau, sur cet ordinateur ou un autre, c’est la dernière réponse qui compte.</translation>
    </message>
    <message>
        <source>Check-in skipped until next week.</source>
        <translation>Bilan reporté à la semaine prochaine.</translation>
    </message>
    <message>
        <source>Weekly check-in: how did it go together this week? Only program staff see your answer.</source>
        <translation>Bilan de la semaine : comment ça s’est passé ensemble cette semaine? Seul le personnel du programme voit votre réponse.</translation>
    </message>
    <message>
        <source>Not well at all</source>
        <translation>Pas bien du tout</translation>
    </message>
    <message>
        <source>Not very well</source>
        <translation>Pas très bien</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Well</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Very well</source>
        <translation>Très bien</translation>
    </message>
    <message>
        <source>We met or talked this week</source>
        <translation>On s’est vus ou parlé cette semaine</translation>
    </message>
    <message>
        <source>Anything to add? (optional)</source>
        <translation>Quelque chose à ajouter? (facultatif)</translation>
    </message>
    <message>
        <source>Send check-in</source>
        <translation>Envoyer le bilan</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Hides the check-in until next week.</source>
        <translation>Cache le bilan jusqu’à la semaine prochaine.</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <source>Planned ending (the term is over)</source>
        <translation>Fin prévue (l&apos;entente est terminée)</translation>
    </message>
    <message>
        <source>Early ending</source>
        <translation>Fin hâtive</translation>
    </message>
    <message>
        <source>The agreed term is completed</source>
        <translation>La durée convenue est terminée</translation>
    </message>
    <message>
        <source>The goals are reached</source>
        <translation>Les objectifs sont atteints</translation>
    </message>
    <message>
        <source>Someone moved or changed schools</source>
        <translation>Quelqu&apos;un a déménagé ou changé d&apos;école</translation>
    </message>
    <message>
        <source>Schedules no longer fit</source>
        <translation>Les horaires ne concordent plus</translation>
    </message>
    <message>
        <source>Someone lost interest</source>
        <translation>Quelqu&apos;un a perdu l&apos;intérêt</translation>
    </message>
    <message>
        <source>The family asked to end it</source>
        <translation>La famille a demandé d&apos;y mettre fin</translation>
    </message>
    <message>
        <source>The program&apos;s rules were not followed</source>
        <translation>Les règles du programme n&apos;ont pas été respectées</translation>
    </message>
    <message>
        <source>A safety concern</source>
        <translation>Une inquiétude pour la sécurité</translation>
    </message>
    <message>
        <source>Another reason (say which in the note)</source>
        <translation>Une autre raison (précisez-la dans la note)</translation>
    </message>
    <message>
        <source>This match is already closed.</source>
        <translation>Ce jumelage est déjà clos.</translation>
    </message>
    <message>
        <source>This computer does not know this pair yet. Sync, then try again.</source>
        <translation>Cet ordinateur ne connaît pas encore ce jumelage. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>Only the program&apos;s staff can close a match.</source>
        <translation>Seul le personnel du programme peut clore un jumelage.</translation>
    </message>
    <message>
        <source>The note is too long. Keep it under 2,000 characters.</source>
        <translation>La note est trop longue. Gardez-la sous 2 000 caractères.</translation>
    </message>
    <message>
        <source>Close this match</source>
        <translation>Clore ce jumelage</translation>
    </message>
    <message>
        <source>Close the match of %1 (mentor) and %2 (mentee).</source>
        <translation>Clore le jumelage de %1 (mentor(e)) et %2 (mentoré(e)).</translation>
    </message>
    <message>
        <source>&amp;How it ended:</source>
        <translation>&amp;Fin du jumelage :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison :</translation>
    </message>
    <message>
        <source>&amp;Note (staff only):</source>
        <translation>&amp;Note (personnel seulement) :</translation>
    </message>
    <message>
        <source>Afterwards:</source>
        <translation>Ensuite :</translation>
    </message>
    <message>
        <source>&amp;Match the mentee again</source>
        <translation>&amp;Jumeler de nouveau la personne mentorée</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t match the mentee again</source>
        <translation>&amp;Ne pas jumeler de nouveau la personne mentorée</translation>
    </message>
    <message numerus="yes">
        <source>The pair receives a thank-you activity and their conversation becomes read-only. %n day(s) after closing, everything the pair wrote is deleted from the server and from every computer.</source>
        <translation>
            <numerusform>Le jumelage reçoit une activité de remerciement et sa conversation passe en lecture seule. %n jour après la clôture, tout ce que le jumelage a écrit est effacé du serveur et de chaque ordinateur.</numerusform>
            <numerusform>Le jumelage reçoit une activité de remerciement et sa conversation passe en lecture seule. %n jours après la clôture, tout ce que le jumelage a écrit est effacé du serveur et de chaque ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close the match</source>
        <translation>&amp;Clore le jumelage</translation>
    </message>
    <message>
        <source>How the match ended</source>
        <translation>Comment le jumelage a pris fin</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Raison de la clôture</translation>
    </message>
    <message>
        <source>Note about the closing</source>
        <translation>Note sur la clôture</translation>
    </message>
    <message>
        <source>Only the program&apos;s staff read it.</source>
        <translation>Seul le personnel du programme la lit.</translation>
    </message>
    <message>
        <source>Match the mentee again</source>
        <translation>Jumeler de nouveau la personne mentorée</translation>
    </message>
    <message>
        <source>Don&apos;t match the mentee again</source>
        <translation>Ne pas jumeler de nouveau la personne mentorée</translation>
    </message>
    <message>
        <source>Close the match</source>
        <translation>Clore le jumelage</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose whether the mentee should be matched again.</source>
        <translation>Indiquez si la personne mentorée doit être jumelée de nouveau.</translation>
    </message>
    <message>
        <source>Say in the note why the match ended.</source>
        <translation>Expliquez dans la note pourquoi le jumelage a pris fin.</translation>
    </message>
    <message>
        <source>The match is closed.</source>
        <translation>Le jumelage est clos.</translation>
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
    <name>ConsentDialog</name>
    <message>
        <source>Guardian&apos;s consent</source>
        <translation>Consentement du parent</translation>
    </message>
    <message>
        <source>Consent of %1&apos;s guardian, for each purpose. Tick the purposes, then record the guardian&apos;s answer.</source>
        <translation>Consentement du parent de %1, pour chaque fin. Cochez les fins, puis enregistrez la réponse du parent.</translation>
    </message>
    <message>
        <source>&amp;Guardian</source>
        <translation>&amp;Parent ou tuteur</translation>
    </message>
    <message>
        <source>&amp;How it was given</source>
        <translation>&amp;Comment il a été donné</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>&amp;Enregistrer le consentement</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation>&amp;Retirer le consentement</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Parent ou tuteur</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Comment il a été donné</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer le consentement</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>The mentee&apos;s pairs pause at once.</source>
        <translation>Les jumelages du mentoré sont mis en pause aussitôt.</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Pas encore demandé</translation>
    </message>
    <message>
        <source>Given by %1 on %2</source>
        <translation>Donné par %1 le %2</translation>
    </message>
    <message>
        <source>Withdrawn by %1 on %2</source>
        <translation>Retiré par %1 le %2</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Consentement enregistré.</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>Consentement retiré.</translation>
    </message>
    <message>
        <source>The mentee&apos;s pairs are paused.</source>
        <translation>Les jumelages du mentoré sont en pause.</translation>
    </message>
    <message>
        <source>Consent withdrawn. Pausing pairs is not available in this version: close the pair from Supervision.</source>
        <translation>Consentement retiré. La mise en pause des jumelages n’est pas offerte dans cette version : fermez le jumelage à partir de Supervision.</translation>
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
    <name>DashboardPage</name>
    <message>
        <source>Whole program, by week</source>
        <translation>Tout le programme, par semaine</translation>
    </message>
    <message>
        <source>This pair, by week</source>
        <translation>Ce jumelage, par semaine</translation>
    </message>
    <message>
        <source>Messages from the mentor</source>
        <translation>Messages du mentor</translation>
    </message>
    <message>
        <source>Messages from the mentee</source>
        <translation>Messages du jeune</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Rencontres tenues</translation>
    </message>
    <message>
        <source>Check-in rating (1 to 5)</source>
        <translation>Note des bilans (1 à 5)</translation>
    </message>
    <message>
        <source>%1 (mentor) with %2 (mentee)</source>
        <translation>%1 (mentor(e)) avec %2 (mentoré(e))</translation>
    </message>
    <message>
        <source>at risk, because:</source>
        <translation>à risque, parce que :</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor(e)</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré(e)</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Jumelé le</translation>
    </message>
    <message>
        <source>Quiet days</source>
        <translation>Jours sans contact</translation>
    </message>
    <message>
        <source>Mentor/wk</source>
        <translation>Mentor/sem.</translation>
    </message>
    <message>
        <source>Mentee/wk</source>
        <translation>Jeune/sem.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Call min.</source>
        <translation>Min. d’appel</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Support due</source>
        <translation>Prochain suivi</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Days since contact</source>
        <translation>Jours sans contact</translation>
    </message>
    <message>
        <source>Mentor messages a week</source>
        <translation>Messages du mentor par semaine</translation>
    </message>
    <message>
        <source>Mentee messages a week</source>
        <translation>Messages du jeune par semaine</translation>
    </message>
    <message>
        <source>Median reply time, slower side</source>
        <translation>Délai de réponse médian, du côté le plus lent</translation>
    </message>
    <message>
        <source>Sessions held of planned, last 4 weeks</source>
        <translation>Rencontres tenues sur prévues, 4 dernières semaines</translation>
    </message>
    <message>
        <source>Call minutes this month</source>
        <translation>Minutes d’appel ce mois-ci</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Dernier bilan</translation>
    </message>
    <message>
        <source>Open flags</source>
        <translation>Signalements ouverts</translation>
    </message>
    <message>
        <source>Next support contact</source>
        <translation>Prochain suivi</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 out of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <source>not tracked yet</source>
        <translation>pas encore suivi</translation>
    </message>
    <message>
        <source>At risk (%1)</source>
        <translation>À risque (%1)</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Ça va</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No active pairs yet. Each pair appears here once it is matched.</source>
        <translation>Aucun jumelage actif pour l’instant. Chaque jumelage apparaît ici dès qu’il est formé.</translation>
    </message>
    <message>
        <source>Active pairs: %1</source>
        <translation>Jumelages actifs : %1</translation>
    </message>
    <message>
        <source>At risk: %1</source>
        <translation>À risque : %1</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Affichés : %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Filter by mentor or mentee name</source>
        <translation>Filtrer par nom du mentor ou du jeune</translation>
    </message>
    <message>
        <source>Only pairs &amp;at risk</source>
        <translation>Seulement les jumelages &amp;à risque</translation>
    </message>
    <message>
        <source>Only pairs at risk</source>
        <translation>Seulement les jumelages à risque</translation>
    </message>
    <message>
        <source>&amp;Open this pair</source>
        <translation>&amp;Ouvrir ce jumelage</translation>
    </message>
    <message>
        <source>Open this pair</source>
        <translation>Ouvrir ce jumelage</translation>
    </message>
    <message>
        <source>Shows the chosen pair&apos;s page. Enter or a double click does the same.</source>
        <translation>Affiche la page du jumelage choisi. La touche Entrée ou un double-clic fait la même chose.</translation>
    </message>
    <message>
        <source>Pairs of my programs</source>
        <translation>Jumelages de mes programmes</translation>
    </message>
    <message>
        <source>Sort by clicking a column title. Pairs at risk are in bold.</source>
        <translation>Cliquez sur le titre d’une colonne pour trier. Les jumelages à risque sont en gras.</translation>
    </message>
    <message>
        <source>Why this pair needs attention</source>
        <translation>Pourquoi ce jumelage demande de l’attention</translation>
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
        <source>Training cannot be shown: its files are missing or damaged on this computer. Ask the person who manages this computer to repair or reinstall Jumelage.</source>
        <translation>La formation ne peut pas être affichée : ses fichiers sont manquants ou endommagés sur cet ordinateur. Demandez à la personne qui gère cet ordinateur de réparer ou de réinstaller Jumelage.</translation>
    </message>
    <message>
        <source>Surveys cannot be shown: their files are missing or damaged on this computer. Ask the person who manages this computer to repair or reinstall Jumelage.</source>
        <translation>Les sondages ne peuvent pas être affichés : leurs fichiers sont manquants ou endommagés sur cet ordinateur. Demandez à la personne qui gère cet ordinateur de réparer ou de réinstaller Jumelage.</translation>
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
        <source>Some required questions have no answer yet. Answer them and send again.</source>
        <translation>Certaines questions obligatoires n&apos;ont pas encore de réponse. Répondez-y, puis envoyez de nouveau.</translation>
    </message>
    <message>
        <source>One of the answers is not one of the choices offered. Check them and send again.</source>
        <translation>Une des réponses ne fait pas partie des choix offerts. Vérifiez vos réponses, puis envoyez de nouveau.</translation>
    </message>
    <message>
        <source>Your answers cannot be sent yet: this computer has not reached the program&apos;s server since you joined. Connect to the internet, wait a moment and try again.</source>
        <translation>Vos réponses ne peuvent pas encore être envoyées : cet ordinateur n&apos;a pas joint le serveur du programme depuis votre inscription. Connectez-vous à Internet, attendez un moment et réessayez.</translation>
    </message>
    <message>
        <source>One of the patterns cannot be read. Check its brackets and symbols, or write it as plain words.</source>
        <translation>Un des motifs est illisible. Vérifiez ses parenthèses et ses symboles, ou écrivez-le en mots simples.</translation>
    </message>
    <message>
        <source>One of the patterns would match every message, or uses a part Jumelage does not allow (named groups, back-references, flags). Write it more simply.</source>
        <translation>Un des motifs correspondrait à tous les messages, ou utilise un élément que Jumelage ne permet pas (groupes nommés, références arrière, options). Écrivez-le plus simplement.</translation>
    </message>
    <message>
        <source>One of the entries is longer than 200 characters. Shorten it.</source>
        <translation>Une des entrées dépasse 200 caractères. Raccourcissez-la.</translation>
    </message>
    <message>
        <source>A list can hold up to 400 entries. Remove some, then save again.</source>
        <translation>Une liste peut contenir jusqu&apos;à 400 entrées. Retirez-en quelques-unes, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>This category always alerts staff at once; it cannot be changed.</source>
        <translation>Cette catégorie alerte toujours le personnel tout de suite; elle ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>This computer does not have the program&apos;s key yet, so nothing was opened, recorded or changed. Ask a colleague on the program staff to grant you access, then sync.</source>
        <translation>Cet ordinateur n’a pas encore la clé du programme : rien n’a été ouvert, inscrit ni modifié. Demandez à un ou une collègue de l’équipe du programme de vous donner accès, puis synchronisez.</translation>
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
        <source>Only program staff can do this.</source>
        <translation>Seule l’équipe du programme peut faire ceci.</translation>
    </message>
    <message>
        <source>This pair is not on this computer yet. Sync, then try again.</source>
        <translation>Ce jumelage n’est pas encore sur cet ordinateur. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Écrivez d’abord la note.</translation>
    </message>
    <message>
        <source>Choose who the contact was with and how it took place.</source>
        <translation>Indiquez avec qui le suivi a eu lieu et par quel moyen.</translation>
    </message>
    <message>
        <source>Your check-in can be sent once this computer has synced with the program. Please try again in a moment.</source>
        <translation>Votre bilan pourra être envoyé quand cet ordinateur aura été synchronisé avec le programme. Réessayez dans un moment.</translation>
    </message>
    <message>
        <source>The comment is too long. Keep it under 500 characters.</source>
        <translation>Le commentaire est trop long. Gardez-le sous 500 caractères.</translation>
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
    <name>InviteDialog</name>
    <message>
        <source>Invite code</source>
        <translation>Code d’invitation</translation>
    </message>
    <message>
        <source>Invite code for %1:</source>
        <translation>Code d’invitation pour %1 :</translation>
    </message>
    <message>
        <source>This code is shown only this once and works only once. Print the letter or save it now; if it is lost, send a new invite.</source>
        <translation>Ce code n’est affiché qu’une seule fois et ne fonctionne qu’une fois. Imprimez ou enregistrez la lettre maintenant; si elle est perdue, envoyez une nouvelle invitation.</translation>
    </message>
    <message>
        <source>&amp;Print the letter…</source>
        <translation>&amp;Imprimer la lettre…</translation>
    </message>
    <message>
        <source>&amp;Save the letter as PDF…</source>
        <translation>&amp;Enregistrer la lettre en PDF…</translation>
    </message>
    <message>
        <source>&amp;Copy the code</source>
        <translation>&amp;Copier le code</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Imprimer la lettre</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Enregistrer la lettre en PDF</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Enregistrer la lettre</translation>
    </message>
    <message>
        <source>The letter holds this person&apos;s name and invite code. Save it only where other people cannot read it, and delete it once it is printed or sent.</source>
        <translation>La lettre contient le nom et le code d’invitation de cette personne. Enregistrez-la seulement là où personne d’autre ne peut la lire, et supprimez-la une fois imprimée ou envoyée.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
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
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Pair detail</source>
        <translation>Fiche du jumelage</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Jumeler</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Filtrage</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Sondages</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Safety rules</source>
        <translation>Règles de sécurité</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
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
    <name>MatchingPage</name>
    <message>
        <source>Matching</source>
        <translation>Jumeler</translation>
    </message>
    <message>
        <source>&amp;Mentees waiting for a mentor</source>
        <translation>&amp;Mentorés en attente d’un mentor</translation>
    </message>
    <message>
        <source>&amp;Suggested mentors</source>
        <translation>Mentors &amp;suggérés</translation>
    </message>
    <message>
        <source>No mentee is waiting for a mentor. Add mentees on the People page.</source>
        <translation>Aucun mentoré n’attend de mentor. Ajoutez des mentorés à la page Personnes.</translation>
    </message>
    <message>
        <source>Make this &amp;pair</source>
        <translation>&amp;Former ce jumelage</translation>
    </message>
    <message>
        <source>Mentees waiting for a mentor</source>
        <translation>Mentorés en attente d’un mentor</translation>
    </message>
    <message>
        <source>Suggested mentors</source>
        <translation>Mentors suggérés</translation>
    </message>
    <message>
        <source>Best first, with the reasons for each.</source>
        <translation>Les meilleurs d’abord, avec les raisons de chacun.</translation>
    </message>
    <message>
        <source>Make this pair</source>
        <translation>Former ce jumelage</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>No mentor can take this mentee now: every mentor is full, or has training left.</source>
        <translation>Aucun mentor ne peut accueillir ce mentoré pour l’instant : tous sont complets ou ont encore de la formation à suivre.</translation>
    </message>
    <message>
        <source>same language: %1</source>
        <translation>même langue : %1</translation>
    </message>
    <message>
        <source>shares: %1</source>
        <translation>en commun : %1</translation>
    </message>
    <message>
        <source>both free: %1</source>
        <translation>tous deux libres : %1</translation>
    </message>
    <message>
        <source>same age group</source>
        <translation>même groupe d’âge</translation>
    </message>
    <message numerus="yes">
        <source>age group %n step(s) away</source>
        <translation>
            <numerusform>écart de %n groupe d’âge</numerusform>
            <numerusform>écart de %n groupes d’âge</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the pair…</source>
        <translation>Création du jumelage…</translation>
    </message>
    <message>
        <source>%1 and %2 are now a pair. They will find a welcome activity in their conversation.</source>
        <translation>%1 et %2 forment maintenant un jumelage. Une activité de bienvenue les attend dans leur conversation.</translation>
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
    <name>PairDetailPage</name>
    <message>
        <source>This reading is recorded in the audit log; the pair sees its date.</source>
        <translation>Cette lecture est inscrite au journal d’audit; le jumelage en voit la date.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Écrivez d’abord la note.</translation>
    </message>
    <message>
        <source>Note saved. Only program staff can read it.</source>
        <translation>Note enregistrée. Seule l’équipe du programme peut la lire.</translation>
    </message>
    <message>
        <source>Support contact saved.</source>
        <translation>Suivi enregistré.</translation>
    </message>
    <message>
        <source>%1 (mentor) with %2 (mentee)</source>
        <translation>%1 (mentor(e)) avec %2 (mentoré(e))</translation>
    </message>
    <message>
        <source>Choose a pair, then Open. Reading a conversation is recorded, and the pair sees the date.</source>
        <translation>Choisissez un jumelage, puis Ouvrir. La lecture d’une conversation est inscrite au journal, et le jumelage en voit la date.</translation>
    </message>
    <message>
        <source>%1 (mentor) with %2 (mentee), matched on %3.</source>
        <translation>%1 (mentor(e)) avec %2 (mentoré(e)), jumelés le %3.</translation>
    </message>
    <message>
        <source>This pair is closed.</source>
        <translation>Ce jumelage est fermé.</translation>
    </message>
    <message>
        <source>%1: %2, %3 (logged by %4)</source>
        <translation>%1 : %2, %3 (noté par %4)</translation>
    </message>
    <message>
        <source>video call</source>
        <translation>appel vidéo</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
    <message>
        <source>%1, %2 minutes, %3</source>
        <translation>%1, %2 minutes, %3</translation>
    </message>
    <message>
        <source>Urgent report by %1</source>
        <translation>Signalement urgent de %1</translation>
    </message>
    <message>
        <source>Message by %1 held for review</source>
        <translation>Message de %1 retenu pour vérification</translation>
    </message>
    <message>
        <source>No staff notes yet.</source>
        <translation>Aucune note de l’équipe pour l’instant.</translation>
    </message>
    <message>
        <source>No support contact logged yet.</source>
        <translation>Aucun suivi noté pour l’instant.</translation>
    </message>
    <message>
        <source>No sessions planned or held yet.</source>
        <translation>Aucune rencontre prévue ou tenue pour l’instant.</translation>
    </message>
    <message>
        <source>No flags: no held messages and no reports.</source>
        <translation>Rien à signaler : aucun message retenu, aucun signalement.</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Aucun bilan pour l’instant.</translation>
    </message>
    <message>
        <source>Support contact overdue: it was due on %1.</source>
        <translation>Suivi en retard : il était prévu le %1.</translation>
    </message>
    <message>
        <source>Next support contact due on %1.</source>
        <translation>Prochain suivi prévu le %1.</translation>
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
        <source>family</source>
        <translation>famille</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message texte</translation>
    </message>
    <message>
        <source>Pair detail</source>
        <translation>Fiche du jumelage</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <source>The pair to open</source>
        <translation>Le jumelage à ouvrir</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Opens the chosen pair. Reading its conversation is recorded.</source>
        <translation>Ouvre le jumelage choisi. La lecture de sa conversation est inscrite au journal.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Staff notes</source>
        <translation>Notes de l’équipe</translation>
    </message>
    <message>
        <source>Support contacts</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <source>Sections of the pair</source>
        <translation>Sections du jumelage</translation>
    </message>
    <message>
        <source>Read only. Staff do not write in the pair&apos;s conversation.</source>
        <translation>Lecture seule. L’équipe n’écrit pas dans la conversation du jumelage.</translation>
    </message>
    <message>
        <source>Conversation, read only</source>
        <translation>Conversation, en lecture seule</translation>
    </message>
    <message>
        <source>Only program staff see these notes, never the pair.</source>
        <translation>Seule l’équipe du programme voit ces notes, jamais le jumelage.</translation>
    </message>
    <message>
        <source>New staff note</source>
        <translation>Nouvelle note de l’équipe</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Ajouter la note</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>A&amp;vec</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Moyen</translation>
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
        <translation>Avec</translation>
    </message>
    <message>
        <source>Who staff were in contact with</source>
        <translation>La personne avec qui l’équipe a communiqué</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Moyen</translation>
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
        <translation>&amp;Noter le suivi</translation>
    </message>
    <message>
        <source>Log support contact</source>
        <translation>Noter le suivi</translation>
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
        <source>Staff review held messages within %1 h.</source>
        <translation>L’équipe révise les messages retenus en moins de %1 h.</translation>
    </message>
    <message>
        <source>while they review the conversation</source>
        <translation>le temps de réviser la conversation</translation>
    </message>
    <message>
        <source>because a consent was withdrawn</source>
        <translation>parce qu’un consentement a été retiré</translation>
    </message>
    <message>
        <source>because your screening has expired</source>
        <translation>parce que votre vérification d’antécédents est expirée</translation>
    </message>
    <message>
        <source>Program staff have paused this pair %1: you cannot send messages until they resume it. Contact your program staff if you have questions.</source>
        <translation>L’équipe du programme a mis ce jumelage en pause %1 : vous ne pouvez pas envoyer de messages tant qu’elle ne l’aura pas repris. Communiquez avec l’équipe du programme si vous avez des questions.</translation>
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
        <source>paused by staff</source>
        <translation>mis en pause par l’équipe</translation>
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
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Rechercher par nom</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Nobody here yet. Add the mentors, mentees and guardians of the program, then invite them: each gets a one-time code and a letter.</source>
        <translation>Personne pour l’instant. Ajoutez les mentors, les mentorés et les parents du programme, puis invitez-les : chaque personne reçoit un code à usage unique et une lettre.</translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation>&amp;Ajouter une personne</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Inviter…</translation>
    </message>
    <message>
        <source>&amp;Consent…</source>
        <translation>&amp;Consentement…</translation>
    </message>
    <message>
        <source>Add &amp;anyway</source>
        <translation>Ajouter &amp;quand même</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Ajouter quand même</translation>
    </message>
    <message>
        <source>Add a second person with the same name and date of birth.</source>
        <translation>Ajouter une deuxième personne avec le même nom et la même date de naissance.</translation>
    </message>
    <message>
        <source>Show role</source>
        <translation>Afficher le rôle</translation>
    </message>
    <message>
        <source>Show state</source>
        <translation>Afficher le statut</translation>
    </message>
    <message>
        <source>People of the program</source>
        <translation>Personnes du programme</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <source>A one-time code and a letter to print (needs the server).</source>
        <translation>Un code à usage unique et une lettre à imprimer (nécessite le serveur).</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>The guardian&apos;s consent, purpose by purpose.</source>
        <translation>Le consentement du parent, pour chaque fin.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 a été ajouté(e).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Someone else changed this person meanwhile; both changes were kept, field by field.</source>
        <translation>Quelqu’un d’autre a modifié cette personne entre-temps; les deux modifications ont été conservées, champ par champ.</translation>
    </message>
    <message>
        <source>If this is someone else, press “Add anyway”.</source>
        <translation>S’il s’agit d’une autre personne, appuyez sur « Ajouter quand même ».</translation>
    </message>
    <message>
        <source>Asking the server for an invite code…</source>
        <translation>Demande d’un code d’invitation au serveur…</translation>
    </message>
    <message>
        <source>Invite ready for %1.</source>
        <translation>Invitation prête pour %1.</translation>
    </message>
</context>
<context>
    <name>PeopleText</name>
    <message>
        <source>Mentor</source>
        <translation>Mentor(e)</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré(e)</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Parent ou tuteur</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Intervenant(e)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté(e)</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité(e)</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit(e)</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Vérifié(e)</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Formé(e)</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Jumelé(e)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Terminé(e)</translation>
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
        <translation>Sciences</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musique</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Jeux</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Cooking</source>
        <translation>Cuisine</translation>
    </message>
    <message>
        <source>Careers</source>
        <translation>Carrières</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Bénévolat</translation>
    </message>
    <message>
        <source>Weekday afternoons</source>
        <translation>Après-midi de semaine</translation>
    </message>
    <message>
        <source>Weekday evenings</source>
        <translation>Soirs de semaine</translation>
    </message>
    <message>
        <source>Weekend mornings</source>
        <translation>Matins de fin de semaine</translation>
    </message>
    <message>
        <source>Weekend afternoons</source>
        <translation>Après-midi de fin de semaine</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Video calls</source>
        <translation>Appels vidéo</translation>
    </message>
    <message>
        <source>Staff supervision</source>
        <translation>Supervision par l’équipe</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Sondages</translation>
    </message>
    <message>
        <source>Signed paper form</source>
        <translation>Formulaire papier signé</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Tapez le nom de la personne.</translation>
    </message>
    <message>
        <source>Type the date as year-month-day, for example 2014-03-21.</source>
        <translation>Tapez la date sous la forme année-mois-jour, par exemple 2014-03-21.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <source>A mentee is between 6 and 25 years old. Check the year.</source>
        <translation>Un mentoré a entre 6 et 25 ans. Vérifiez l’année.</translation>
    </message>
    <message>
        <source>A mentor is at least 16 years old. Check the year.</source>
        <translation>Un mentor a au moins 16 ans. Vérifiez l’année.</translation>
    </message>
    <message>
        <source>Give the mentee&apos;s date of birth or age group.</source>
        <translation>Indiquez la date de naissance ou le groupe d’âge du mentoré.</translation>
    </message>
    <message>
        <source>A minor needs a guardian: type the guardian&apos;s name.</source>
        <translation>Une personne mineure a besoin d’un parent ou tuteur : tapez son nom.</translation>
    </message>
    <message>
        <source>Choose an age group from the list.</source>
        <translation>Choisissez un groupe d’âge dans la liste.</translation>
    </message>
    <message>
        <source>Check this field.</source>
        <translation>Vérifiez ce champ.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
</context>
<context>
    <name>PersonFormPanel</name>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Preferred &amp;language</source>
        <translation>&amp;Langue préférée</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Date de naissance</translation>
    </message>
    <message>
        <source>&amp;Age group</source>
        <translation>&amp;Groupe d’âge</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intérêts</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>&amp;Guardian</source>
        <translation>&amp;Parent ou tuteur</translation>
    </message>
    <message>
        <source>Guardian&apos;s &amp;phone or email</source>
        <translation>&amp;Téléphone ou courriel du parent</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Year, month and day, for example 2014-03-21.</source>
        <translation>Année, mois et jour, par exemple 2014-03-21.</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Groupe d’âge</translation>
    </message>
    <message>
        <source>For a mentee without a date of birth; for a mentor, the age group of the mentees they prefer.</source>
        <translation>Pour un mentoré sans date de naissance; pour un mentor, le groupe d’âge des mentorés qu’il préfère accompagner.</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Parent ou tuteur</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone or email</source>
        <translation>Téléphone ou courriel du parent</translation>
    </message>
</context>
<context>
    <name>PersonRecordsActions</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Jumelages</translation>
    </message>
    <message>
        <source>Messages this person wrote</source>
        <translation>Messages écrits par cette personne</translation>
    </message>
    <message>
        <source>Sessions of their matches</source>
        <translation>Rencontres de ses jumelages</translation>
    </message>
    <message>
        <source>Screening checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>How their matches ended</source>
        <translation>Fin de ses jumelages</translation>
    </message>
    <message>
        <source>Recorded events</source>
        <translation>Événements consignés</translation>
    </message>
    <message>
        <source>Personal information held by the program</source>
        <translation>Renseignements personnels détenus par le programme</translation>
    </message>
    <message>
        <source>The full details are in archive.json, beside this file.</source>
        <translation>Le détail complet se trouve dans archive.json, à côté de ce fichier.</translation>
    </message>
    <message>
        <source>E&amp;xport their data…</source>
        <translation>E&amp;xporter ses données…</translation>
    </message>
    <message>
        <source>De&amp;lete this person…</source>
        <translation>Supp&amp;rimer cette personne…</translation>
    </message>
    <message>
        <source>Export their data</source>
        <translation>Exporter ses données</translation>
    </message>
    <message>
        <source>An access request: everything the program holds about this person.</source>
        <translation>Une demande d&apos;accès : tout ce que le programme détient sur cette personne.</translation>
    </message>
    <message>
        <source>Delete this person</source>
        <translation>Supprimer cette personne</translation>
    </message>
    <message>
        <source>A deletion request: erase their data but what safety requires.</source>
        <translation>Une demande de suppression : effacer ses données, sauf ce que la sécurité exige.</translation>
    </message>
    <message>
        <source>The export leaves Jumelage&apos;s encrypted store: anyone who can open the folder can read it. Save it where only you can, hand it to the person securely, then delete it.</source>
        <translation>L&apos;exportation sort du stockage chiffré de Jumelage : quiconque peut ouvrir le dossier peut la lire. Enregistrez-la là où vous seul y avez accès, remettez-la à la personne de façon sécuritaire, puis supprimez-la.</translation>
    </message>
    <message>
        <source>Choose a folder for the export</source>
        <translation>Choisir un dossier pour l&apos;exportation</translation>
    </message>
    <message>
        <source>The export is saved in %1.</source>
        <translation>L&apos;exportation est enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Delete %1&apos;s data? Their messages, screening checks and name are erased from every computer of the program. Kept, as safety requires: the record of events (who did what) and messages still waiting for safety review. Their account on the server is closed by your administrator.</source>
        <translation>Supprimer les données de %1? Ses messages, ses vérifications et son nom sont effacés de chaque ordinateur du programme. Ce qui est conservé, comme la sécurité l&apos;exige : le registre des événements (qui a fait quoi) et les messages encore en attente de révision. Son compte sur le serveur est fermé par votre administrateur.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) erased. The record of events is kept.</source>
        <translation>
            <numerusform>%n message effacé. Le registre des événements est conservé.</numerusform>
            <numerusform>%n messages effacés. Le registre des événements est conservé.</numerusform>
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
    <name>QuestionBox</name>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
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
    <name>ReportWords</name>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Jumelages</translation>
    </message>
    <message>
        <source>Contact by week</source>
        <translation>Contacts par semaine</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <source>Flags and reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Pairs at risk over time</source>
        <translation>Jumelages à risque au fil du temps</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>In an active pair</source>
        <translation>Dans un jumelage actif</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor(e)</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré(e)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Jumelé le</translation>
    </message>
    <message>
        <source>Days since contact</source>
        <translation>Jours sans contact</translation>
    </message>
    <message>
        <source>Mentor messages a week</source>
        <translation>Messages du mentor par semaine</translation>
    </message>
    <message>
        <source>Mentee messages a week</source>
        <translation>Messages du jeune par semaine</translation>
    </message>
    <message>
        <source>Median reply (hours)</source>
        <translation>Délai de réponse médian (heures)</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Rencontres tenues</translation>
    </message>
    <message>
        <source>Sessions planned</source>
        <translation>Rencontres prévues</translation>
    </message>
    <message>
        <source>Call minutes this month</source>
        <translation>Minutes d’appel ce mois-ci</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Dernier bilan</translation>
    </message>
    <message>
        <source>Open flags</source>
        <translation>Signalements ouverts</translation>
    </message>
    <message>
        <source>Why at risk</source>
        <translation>Pourquoi à risque</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Mentor messages</source>
        <translation>Messages des mentors</translation>
    </message>
    <message>
        <source>Mentee messages</source>
        <translation>Messages des jeunes</translation>
    </message>
    <message>
        <source>Pairs in touch</source>
        <translation>Jumelages en contact</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
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
        <source>Still to come</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>Pas encore indiquée</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Note moyenne</translation>
    </message>
    <message>
        <source>Lowest rating</source>
        <translation>Note la plus basse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Hours to decide</source>
        <translation>Heures avant décision</translation>
    </message>
    <message>
        <source>Held messages waiting</source>
        <translation>Messages retenus en attente</translation>
    </message>
    <message>
        <source>Held messages approved</source>
        <translation>Messages retenus approuvés</translation>
    </message>
    <message>
        <source>Held messages not approved</source>
        <translation>Messages retenus refusés</translation>
    </message>
    <message>
        <source>Report: self-harm</source>
        <translation>Signalement : automutilation</translation>
    </message>
    <message>
        <source>Report: feels unsafe</source>
        <translation>Signalement : ne se sent pas en sécurité</translation>
    </message>
    <message>
        <source>Report: uncomfortable</source>
        <translation>Signalement : malaise</translation>
    </message>
    <message>
        <source>Report: other</source>
        <translation>Signalement : autre</translation>
    </message>
    <message>
        <source>Check-in: very low rating</source>
        <translation>Bilan : note très basse</translation>
    </message>
    <message>
        <source>Check-in: urgent comment</source>
        <translation>Bilan : commentaire urgent</translation>
    </message>
    <message>
        <source>Week ending</source>
        <translation>Semaine se terminant le</translation>
    </message>
    <message>
        <source>Pairs at risk</source>
        <translation>Jumelages à risque</translation>
    </message>
    <message>
        <source>Program report</source>
        <translation>Rapport du programme</translation>
    </message>
    <message>
        <source>Program report: %1</source>
        <translation>Rapport du programme : %1</translation>
    </message>
    <message>
        <source>As of %1, over the last %2 weeks. Figures computed on this computer.</source>
        <translation>En date du %1, sur les %2 dernières semaines. Chiffres calculés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Whole program, by week</source>
        <translation>Tout le programme, par semaine</translation>
    </message>
    <message>
        <source>Messages from mentors</source>
        <translation>Messages des mentors</translation>
    </message>
    <message>
        <source>Messages from mentees</source>
        <translation>Messages des jeunes</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This file leaves the encrypted store</source>
        <translation>Ce fichier sort de l’espace chiffré</translation>
    </message>
    <message>
        <source>The report names mentors and mentees. Once saved, anyone who can open the file can read it: it is not protected by your passphrase. Keep it somewhere safe, share it only with people allowed to see it, and delete it when you no longer need it.</source>
        <translation>Le rapport nomme des mentors et des jeunes. Une fois enregistré, toute personne qui peut ouvrir le fichier peut le lire : il n’est pas protégé par votre phrase de passe. Gardez-le en lieu sûr, ne le transmettez qu’aux personnes autorisées à le voir et supprimez-le quand vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exporter quand même</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Enregistrer le rapport en CSV</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be written there. Choose another folder and try again.</source>
        <translation>Le fichier n’a pas pu être enregistré à cet endroit. Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Rapport enregistré : %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Saves the report&apos;s tables for a spreadsheet. Warns first.</source>
        <translation>Enregistre les tableaux du rapport pour un tableur. Un avertissement s’affiche d’abord.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Saves the report with its charts as a PDF. Warns first.</source>
        <translation>Enregistre le rapport et ses graphiques en PDF. Un avertissement s’affiche d’abord.</translation>
    </message>
    <message>
        <source>Program report</source>
        <translation>Rapport du programme</translation>
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
    <name>ReviewPage</name>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1 à %2 sur %3</translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation>Rien n’attend de révision.</translation>
    </message>
    <message>
        <source>Items waiting: %1.</source>
        <translation>Éléments en attente : %1.</translation>
    </message>
    <message>
        <source>Urgent: %1.</source>
        <translation>Urgents : %1.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>This message: %1</source>
        <translation>Ce message : %1</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un numéro de téléphone</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>une adresse courriel</translation>
    </message>
    <message>
        <source>a street address</source>
        <translation>une adresse postale</translation>
    </message>
    <message>
        <source>a social media account</source>
        <translation>un compte de réseau social</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>un lien</translation>
    </message>
    <message>
        <source>a request to meet</source>
        <translation>une demande de rencontre</translation>
    </message>
    <message>
        <source>moving to another app</source>
        <translation>le passage à une autre application</translation>
    </message>
    <message>
        <source>keeping secrets</source>
        <translation>des secrets à garder</translation>
    </message>
    <message>
        <source>bullying</source>
        <translation>de l’intimidation</translation>
    </message>
    <message>
        <source>a disclosure of abuse</source>
        <translation>une révélation de mauvais traitements</translation>
    </message>
    <message>
        <source>self-harm</source>
        <translation>de l’automutilation</translation>
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
        <source>Held message from %1, %2: %3</source>
        <translation>Message retenu de %1, %2 : %3</translation>
    </message>
    <message>
        <source>Urgent report by %1, %2</source>
        <translation>Signalement urgent de %1, %2</translation>
    </message>
    <message>
        <source>Possible self-harm.</source>
        <translation>Automutilation possible.</translation>
    </message>
    <message>
        <source>Escalated to you.</source>
        <translation>Confié à vous.</translation>
    </message>
    <message>
        <source>Escalated.</source>
        <translation>Confié au responsable.</translation>
    </message>
    <message>
        <source>Held by the safety rules: %1.</source>
        <translation>Retenu par les règles de sécurité : %1.</translation>
    </message>
    <message>
        <source>Held for review.</source>
        <translation>Retenu pour révision.</translation>
    </message>
    <message>
        <source>The other person has not seen it.</source>
        <translation>L’autre personne ne l’a pas vu.</translation>
    </message>
    <message>
        <source>Reported by %1.</source>
        <translation>Signalé par %1.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Raison : %1.</translation>
    </message>
    <message>
        <source>In their words: “%1”</source>
        <translation>Dans ses mots : « %1 »</translation>
    </message>
    <message>
        <source>About the whole conversation.</source>
        <translation>Au sujet de toute la conversation.</translation>
    </message>
    <message>
        <source>Approved: the message is delivered in its original place.</source>
        <translation>Approuvé : le message est livré à sa place d’origine.</translation>
    </message>
    <message>
        <source>Dismiss this item?</source>
        <translation>Écarter cet élément?</translation>
    </message>
    <message>
        <source>Why? Your reason is kept in the program&apos;s records. A held message is then never delivered.</source>
        <translation>Pourquoi? Votre raison est conservée dans les dossiers du programme. Un message retenu ne sera alors jamais livré.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Write a reason to dismiss this item.</source>
        <translation>Écrivez une raison pour écarter cet élément.</translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation>Écarté.</translation>
    </message>
    <message>
        <source>Escalated to the program&apos;s safeguarding lead.</source>
        <translation>Confié au responsable de la protection du programme.</translation>
    </message>
    <message>
        <source>The pair is resumed: the mentor can send messages again.</source>
        <translation>Le jumelage a repris : le mentor peut de nouveau envoyer des messages.</translation>
    </message>
    <message>
        <source>Pause this pair?</source>
        <translation>Mettre ce jumelage en pause?</translation>
    </message>
    <message>
        <source>The mentor will not be able to send messages until staff resume the pair, and will see why. A note for the program&apos;s records (optional):</source>
        <translation>Le mentor ne pourra plus envoyer de messages tant que l’équipe n’aura pas repris le jumelage, et verra pourquoi. Une note pour les dossiers du programme (facultatif) :</translation>
    </message>
    <message>
        <source>Pause the pair</source>
        <translation>Mettre le jumelage en pause</translation>
    </message>
    <message>
        <source>The pair is paused. The mentor cannot send until you resume it.</source>
        <translation>Le jumelage est en pause. Le mentor ne peut rien envoyer tant que vous ne l’aurez pas repris.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This program has no safeguarding lead yet. Name one in the program settings.</source>
        <translation>Ce programme n’a pas encore de responsable de la protection. Nommez-en un dans les paramètres du programme.</translation>
    </message>
    <message>
        <source>Another staff member already decided this item.</source>
        <translation>Un autre membre de l’équipe a déjà tranché cet élément.</translation>
    </message>
    <message>
        <source>This message was already decided.</source>
        <translation>Ce message a déjà été tranché.</translation>
    </message>
    <message>
        <source>This pair is closed.</source>
        <translation>Ce jumelage est fermé.</translation>
    </message>
    <message>
        <source>Only program staff can do this.</source>
        <translation>Seule l’équipe du programme peut faire ceci.</translation>
    </message>
    <message>
        <source>This could not be done. Try again.</source>
        <translation>Ça n’a pas fonctionné. Réessayez.</translation>
    </message>
    <message>
        <source>Everything open</source>
        <translation>Tout ce qui est ouvert</translation>
    </message>
    <message>
        <source>Urgent only</source>
        <translation>Urgents seulement</translation>
    </message>
    <message>
        <source>Held messages</source>
        <translation>Messages retenus</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Which items of the queue to show</source>
        <translation>Les éléments de la file à afficher</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>File de révision</translation>
    </message>
    <message>
        <source>Urgent items first, then the longest waiting</source>
        <translation>Les éléments urgents d’abord, puis ceux qui attendent depuis le plus longtemps</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>In the conversation</source>
        <translation>Dans la conversation</translation>
    </message>
    <message>
        <source>The messages before and after, the one in question marked</source>
        <translation>Les messages avant et après, celui en cause étant marqué</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Deliver the held message in its original place</source>
        <translation>Livrer le message retenu à sa place d’origine</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>É&amp;carter…</translation>
    </message>
    <message>
        <source>Close the item with a reason</source>
        <translation>Fermer l’élément en donnant une raison</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>Si&amp;gnaler au responsable</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Signaler au responsable</translation>
    </message>
    <message>
        <source>Hand the item to the program&apos;s safeguarding lead</source>
        <translation>Confier l’élément au responsable de la protection du programme</translation>
    </message>
    <message>
        <source>Resume the &amp;pair</source>
        <translation>&amp;Reprendre le jumelage</translation>
    </message>
    <message>
        <source>Resume the pair</source>
        <translation>Reprendre le jumelage</translation>
    </message>
    <message>
        <source>Let the mentor send messages again</source>
        <translation>Permettre au mentor d’envoyer de nouveau des messages</translation>
    </message>
    <message>
        <source>Pause the &amp;pair…</source>
        <translation>Mettre le &amp;jumelage en pause…</translation>
    </message>
    <message>
        <source>Stop the mentor&apos;s messages until staff resume the pair</source>
        <translation>Bloquer les messages du mentor jusqu’à ce que l’équipe reprenne le jumelage</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>The program&apos;s rules</source>
        <translation>Les règles du programme</translation>
    </message>
    <message>
        <source>I have &amp;read the rules and the monitoring notice, and I accept them</source>
        <translation>J’ai &amp;lu les règles et l’avis de surveillance, et je les accepte</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>&amp;Not now (sign out)</source>
        <translation>&amp;Pas maintenant (se déconnecter)</translation>
    </message>
    <message>
        <source>The program&apos;s rules and monitoring notice</source>
        <translation>Les règles du programme et l’avis de surveillance</translation>
    </message>
    <message>
        <source>I have read the rules and the monitoring notice, and I accept them</source>
        <translation>J’ai lu les règles et l’avis de surveillance, et je les accepte</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Not now (sign out)</source>
        <translation>Pas maintenant (se déconnecter)</translation>
    </message>
</context>
<context>
    <name>SafetyRulesPage</name>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Adresses courriel</translation>
    </message>
    <message>
        <source>Home addresses</source>
        <translation>Adresses de domicile</translation>
    </message>
    <message>
        <source>Social media usernames</source>
        <translation>Noms d&apos;utilisateur de réseaux sociaux</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Meeting without staff</source>
        <translation>Rencontre sans le personnel</translation>
    </message>
    <message>
        <source>Moving to another app</source>
        <translation>Passage à une autre appli</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Sexual content</source>
        <translation>Contenu sexuel</translation>
    </message>
    <message>
        <source>Photo requests</source>
        <translation>Demandes de photos</translation>
    </message>
    <message>
        <source>Violence and threats</source>
        <translation>Violence et menaces</translation>
    </message>
    <message>
        <source>Drugs and alcohol</source>
        <translation>Drogues et alcool</translation>
    </message>
    <message>
        <source>Money and gifts</source>
        <translation>Argent et cadeaux</translation>
    </message>
    <message>
        <source>Bullying</source>
        <translation>Intimidation</translation>
    </message>
    <message>
        <source>Abuse disclosures</source>
        <translation>Dévoilements d&apos;abus</translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation>Automutilation et idées suicidaires</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permettre</translation>
    </message>
    <message>
        <source>Flag: deliver and tell staff</source>
        <translation>Signaler : livrer et aviser le personnel</translation>
    </message>
    <message>
        <source>Hold for review</source>
        <translation>Retenir pour vérification</translation>
    </message>
    <message>
        <source>Deliver and alert staff at once</source>
        <translation>Livrer et alerter le personnel tout de suite</translation>
    </message>
    <message>
        <source>This message would be delivered.</source>
        <translation>Ce message serait livré.</translation>
    </message>
    <message>
        <source>This message would be delivered and staff told</source>
        <translation>Ce message serait livré et le personnel avisé</translation>
    </message>
    <message>
        <source>This message would be held for review</source>
        <translation>Ce message serait retenu pour vérification</translation>
    </message>
    <message>
        <source>This message would be delivered and staff alerted at once</source>
        <translation>Ce message serait livré et le personnel alerté tout de suite</translation>
    </message>
    <message>
        <source>Saved. Every computer of the program gets it at its next sync.</source>
        <translation>C&apos;est enregistré. Chaque ordinateur du programme le recevra à sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Word lists saved. Every computer of the program gets them at its next sync.</source>
        <translation>Listes de mots enregistrées. Chaque ordinateur du programme les recevra à sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>Safety rules</source>
        <translation>Règles de sécurité</translation>
    </message>
    <message>
        <source>Choose what happens to a message in each category, and the words that find it in French and in English. One entry per line: plain words find a word and its plural (end with * for any ending); write /like this/ for a pattern.</source>
        <translation>Choisissez ce qui arrive à un message de chaque catégorie, et les mots qui le repèrent en français et en anglais. Une entrée par ligne : des mots simples trouvent le mot et son pluriel (terminez par * pour toutes les terminaisons); écrivez /comme ceci/ pour un motif.</translation>
    </message>
    <message>
        <source>&amp;When a message matches:</source>
        <translation>&amp;Quand un message correspond :</translation>
    </message>
    <message>
        <source>A young person asking for help is never held back: these messages are always delivered, and staff are alerted at once.</source>
        <translation>Un jeune qui demande de l&apos;aide n&apos;est jamais retenu : ces messages sont toujours livrés, et le personnel est alerté tout de suite.</translation>
    </message>
    <message>
        <source>&amp;French words</source>
        <translation>Mots en &amp;français</translation>
    </message>
    <message>
        <source>&amp;English words</source>
        <translation>Mots en &amp;anglais</translation>
    </message>
    <message>
        <source>&amp;Save the word lists</source>
        <translation>&amp;Enregistrer les listes de mots</translation>
    </message>
    <message>
        <source>Try a message</source>
        <translation>Essayer un message</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation>Ess&amp;ayer</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Each category with what happens to a message in it.</source>
        <translation>Chaque catégorie, avec ce qui arrive à un message qui en fait partie.</translation>
    </message>
    <message>
        <source>When a message matches:</source>
        <translation>Quand un message correspond :</translation>
    </message>
    <message>
        <source>French words</source>
        <translation>Mots en français</translation>
    </message>
    <message>
        <source>One entry per line.</source>
        <translation>Une entrée par ligne.</translation>
    </message>
    <message>
        <source>English words</source>
        <translation>Mots en anglais</translation>
    </message>
    <message>
        <source>Save the word lists</source>
        <translation>Enregistrer les listes de mots</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message :</translation>
    </message>
    <message>
        <source>A sentence to check against the program&apos;s rules. It is not sent.</source>
        <translation>Une phrase à vérifier selon les règles du programme. Elle n&apos;est pas envoyée.</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Essayer</translation>
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
    <name>ScreeningPage</name>
    <message>
        <source>Screening</source>
        <translation>Filtrage</translation>
    </message>
    <message>
        <source>Mentors and their screening</source>
        <translation>Mentor(e)s et leurs vérifications</translation>
    </message>
    <message>
        <source>No mentor has joined the program yet. Once mentors join with their invite codes, record their reference checks, police check and interview here.</source>
        <translation>Aucun(e) mentor(e) n’a encore rejoint le programme. Quand des mentor(e)s se joignent avec leur code d&apos;invitation, consignez ici leurs références, leur vérification policière et leur entrevue.</translation>
    </message>
    <message>
        <source>police check expired on %1</source>
        <translation>la vérification policière a expiré le %1</translation>
    </message>
    <message>
        <source>police check expires on %1</source>
        <translation>la vérification policière expire le %1</translation>
    </message>
    <message>
        <source>screened</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>checks missing</source>
        <translation>vérifications manquantes</translation>
    </message>
    <message>
        <source>police check valid until %1</source>
        <translation>vérification policière valide jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>&amp;Record a check…</source>
        <translation>&amp;Consigner une vérification…</translation>
    </message>
    <message>
        <source>Record a check</source>
        <translation>Consigner une vérification</translation>
    </message>
    <message>
        <source>A reference check, police check or interview of the chosen mentor.</source>
        <translation>Une vérification des références, une vérification policière ou une entrevue du ou de la mentor(e) choisi(e).</translation>
    </message>
    <message numerus="yes">
        <source>%n police check(s) to renew soon.</source>
        <translation>
            <numerusform>%n vérification policière à renouveler bientôt.</numerusform>
            <numerusform>%n vérifications policières à renouveler bientôt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) paused: their mentor&apos;s police check has expired.</source>
        <translation>
            <numerusform>%n jumelage mis en pause : la vérification policière du ou de la mentor(e) a expiré.</numerusform>
            <numerusform>%n jumelages mis en pause : la vérification policière du ou de la mentor(e) a expiré.</numerusform>
        </translation>
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
        <source>&amp;Open pair</source>
        <translation>&amp;Ouvrir le jumelage</translation>
    </message>
    <message>
        <source>Open pair</source>
        <translation>Ouvrir le jumelage</translation>
    </message>
    <message>
        <source>Shows the pair&apos;s conversation, notes, support contacts, sessions and flags. Reading the conversation is recorded, and the pair sees the date.</source>
        <translation>Affiche la conversation, les notes, les suivis, les rencontres et les signalements du jumelage. La lecture de la conversation est inscrite au journal, et le jumelage en voit la date.</translation>
    </message>
    <message>
        <source>&amp;Close this match…</source>
        <translation>&amp;Clore ce jumelage…</translation>
    </message>
    <message>
        <source>Close this match</source>
        <translation>Clore ce jumelage</translation>
    </message>
    <message>
        <source>Record why the match ended; the conversation becomes read-only.</source>
        <translation>Noter pourquoi le jumelage a pris fin; la conversation passe en lecture seule.</translation>
    </message>
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
    <name>SurveyDialog</name>
    <message>
        <source>&amp;Send my answers</source>
        <translation>&amp;Envoyer mes réponses</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>Envoyer mes réponses</translation>
    </message>
    <message>
        <source>Only the program team will see your answers</source>
        <translation>Seule l&apos;équipe du programme verra vos réponses</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Close and answer another time</source>
        <translation>Fermer et répondre une autre fois</translation>
    </message>
    <message>
        <source>Please answer question %1 before sending.</source>
        <translation>Veuillez répondre à la question %1 avant d&apos;envoyer.</translation>
    </message>
    <message>
        <source>Thank you: your answers were sent to the program team.</source>
        <translation>Merci : vos réponses ont été envoyées à l&apos;équipe du programme.</translation>
    </message>
</context>
<context>
    <name>SurveyPrompt</name>
    <message>
        <source>&amp;Answer the survey</source>
        <translation>&amp;Répondre au sondage</translation>
    </message>
    <message>
        <source>Reminder: the program team is waiting for your answers to “%1”. It takes about five minutes.</source>
        <translation>Rappel : l&apos;équipe du programme attend vos réponses au « %1 ». Ça prend environ cinq minutes.</translation>
    </message>
    <message>
        <source>The program team would like your answers to “%1”. It takes about five minutes.</source>
        <translation>L&apos;équipe du programme aimerait avoir vos réponses au « %1 ». Ça prend environ cinq minutes.</translation>
    </message>
    <message>
        <source>Answer the survey</source>
        <translation>Répondre au sondage</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>Surveys</source>
        <translation>Sondages</translation>
    </message>
    <message>
        <source>&amp;Survey:</source>
        <translation>&amp;Sondage :</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Sondage</translation>
    </message>
    <message>
        <source>The survey whose results are shown</source>
        <translation>Le sondage dont les résultats sont affichés</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Exporter les résultats…</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>Save these results as a CSV file</source>
        <translation>Enregistrer ces résultats dans un fichier CSV</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Average (1 to 5)</source>
        <translation>Moyenne (1 à 5)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>Résultats du sondage</translation>
    </message>
    <message>
        <source>One row per question: how many answered and what they chose</source>
        <translation>Une ligne par question : combien de personnes ont répondu et ce qu&apos;elles ont choisi</translation>
    </message>
    <message>
        <source>No survey is available.</source>
        <translation>Aucun sondage n&apos;est offert.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>People who answered: %1.</source>
        <translation>Personnes qui ont répondu : %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Written answers are not summarised.</source>
        <translation>Les réponses écrites ne sont pas résumées.</translation>
    </message>
    <message>
        <source>Export survey results</source>
        <translation>Exporter les résultats du sondage</translation>
    </message>
    <message>
        <source>The file will hold this survey&apos;s results (counts and averages, never one person&apos;s answers) outside Jumelage&apos;s encrypted storage. Keep it somewhere only the program team can reach, and delete it when you no longer need it.</source>
        <translation>Le fichier contiendra les résultats de ce sondage (nombres et moyennes, jamais les réponses d&apos;une personne) hors du stockage chiffré de Jumelage. Gardez-le dans un endroit auquel seule l&apos;équipe du programme a accès, et supprimez-le quand vous n&apos;en aurez plus besoin.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Results saved in %1.</source>
        <translation>Résultats enregistrés dans %1.</translation>
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
    <name>TrainingOverviewPage</name>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Required modules done</source>
        <translation>Modules obligatoires terminés</translation>
    </message>
    <message>
        <source>Ready to match</source>
        <translation>Jumelage possible</translation>
    </message>
    <message>
        <source>Training of mentors and mentees</source>
        <translation>Formation des mentors et des personnes mentorées</translation>
    </message>
    <message>
        <source>One row per person: required training modules done</source>
        <translation>Une ligne par personne : modules de formation obligatoires terminés</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Personne mentorée</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>People who finished their required training: %1 of %2.</source>
        <translation>Personnes ayant terminé leur formation obligatoire : %1 sur %2.</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Training modules</source>
        <translation>Modules de formation</translation>
    </message>
    <message>
        <source>Short modules to prepare you for your match</source>
        <translation>De courts modules pour vous préparer à votre jumelage</translation>
    </message>
    <message>
        <source>Module text</source>
        <translation>Texte du module</translation>
    </message>
    <message>
        <source>You have finished every required module. You can reread them at any time.</source>
        <translation>Vous avez terminé tous les modules obligatoires. Vous pouvez les relire en tout temps.</translation>
    </message>
    <message>
        <source>Required modules done: %1 of %2. They must all be done before you are matched.</source>
        <translation>Modules obligatoires terminés : %1 sur %2. Ils doivent tous être terminés avant votre jumelage.</translation>
    </message>
    <message>
        <source>About %1 minutes</source>
        <translation>Environ %1 minutes</translation>
    </message>
    <message>
        <source>Check what you learned</source>
        <translation>Vérifiez ce que vous avez appris</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Done on %1.</source>
        <translation>Terminé le %1.</translation>
    </message>
    <message>
        <source>&amp;Check my answers</source>
        <translation>&amp;Vérifier mes réponses</translation>
    </message>
    <message>
        <source>&amp;Mark as read</source>
        <translation>&amp;Marquer comme lu</translation>
    </message>
    <message>
        <source>Please answer question %1.</source>
        <translation>Veuillez répondre à la question %1.</translation>
    </message>
    <message>
        <source>Not quite. Read the explanation and try again.</source>
        <translation>Pas tout à fait. Lisez l&apos;explication et réessayez.</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Question %1 : %2</translation>
    </message>
    <message>
        <source>Well done: “%1” is done.</source>
        <translation>Bravo : « %1 » est terminé.</translation>
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
<context>
    <name>UrgentNotice</name>
    <message>
        <source>New urgent items in the review queue: %1.</source>
        <translation>Nouveaux éléments urgents dans la file de révision : %1.</translation>
    </message>
    <message>
        <source>Jumelage: urgent</source>
        <translation>Jumelage : urgent</translation>
    </message>
</context>
</TS>
