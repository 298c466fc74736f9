<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>START</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>■ Ends the branch: hands over to an agent</source>
        <translation>■ Fin de branche&#xa0;: passe la main à un agent</translation>
    </message>
    <message>
        <source>■ Ends the branch: jumps</source>
        <translation>■ Fin de branche&#xa0;: saut</translation>
    </message>
    <message>
        <source>■ Ends the conversation</source>
        <translation>■ Fin de la conversation</translation>
    </message>
    <message numerus="yes">
        <source>{0} visitor(s)</source>
        <translation>
            <numerusform>{0} visiteur</numerusform>
            <numerusform>{0} visiteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: {0}</source>
        <translation>Erreur&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>Avertissement&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Drop the link on a card to connect it.</source>
        <translation>Déposez le lien sur une carte pour la relier.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>A bot line, with {{field}} tokens</source>
        <translation>Une réplique du bot, avec des jetons {{champ}}</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer buttons, one branch each</source>
        <translation>Des boutons de réponse, une branche chacun</translation>
    </message>
    <message>
        <source>Info Capture</source>
        <translation>Capture d&apos;informations</translation>
    </message>
    <message>
        <source>Ask name, email, company…</source>
        <translation>Demande le nom, l&apos;e-mail, l&apos;entreprise…</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Branch on location, page, fields</source>
        <translation>Aiguille selon le lieu, la page, les champs</translation>
    </message>
    <message>
        <source>Live Chat</source>
        <translation>Chat en direct</translation>
    </message>
    <message>
        <source>Hand over to a live agent</source>
        <translation>Passe la main à un agent en direct</translation>
    </message>
    <message>
        <source>Meeting booking</source>
        <translation>Prise de rendez-vous</translation>
    </message>
    <message>
        <source>Offer an agent&apos;s calendar</source>
        <translation>Propose l&apos;agenda d&apos;un agent</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Mark a conversion point</source>
        <translation>Marque un point de conversion</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Set a visitor field</source>
        <translation>Renseigne un champ du visiteur</translation>
    </message>
    <message>
        <source>Go To</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>Jump to another card</source>
        <translation>Saute vers une autre carte</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Termine la conversation</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Typed answer</source>
        <translation>Réponse saisie</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Rendez-vous pris</translation>
    </message>
    <message>
        <source>No slot</source>
        <translation>Aucun créneau</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(pas encore de texte)</translation>
    </message>
    <message>
        <source>Stores the answer in {0}</source>
        <translation>Enregistre la réponse dans {0}</translation>
    </message>
    <message>
        <source>(no fields yet)</source>
        <translation>(pas encore de champ)</translation>
    </message>
    <message>
        <source>Asks: {0}</source>
        <translation>Demande&#xa0;: {0}</translation>
    </message>
    <message>
        <source>… {0} more</source>
        <translation>… et {0} de plus</translation>
    </message>
    <message>
        <source>(no outcomes yet)</source>
        <translation>(pas encore d&apos;issue)</translation>
    </message>
    <message>
        <source>If {0}</source>
        <translation>Si {0}</translation>
    </message>
    <message>
        <source>Goal: {0} (score {1})</source>
        <translation>Objectif&#xa0;: {0} (score {1})</translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation>(aucune cible)</translation>
    </message>
    <message>
        <source>Jumps to {0}</source>
        <translation>Saute vers {0}</translation>
    </message>
    <message>
        <source>Ends the conversation</source>
        <translation>Termine la conversation</translation>
    </message>
    <message>
        <source>the clipboard holds no Stream Designer cards; copy cards first</source>
        <translation>le presse-papiers ne contient aucune carte Stream Designer&#xa0;; copiez d&apos;abord des cartes</translation>
    </message>
    <message>
        <source>Add {0} card</source>
        <translation>Ajouter une carte {0}</translation>
    </message>
    <message>
        <source>Delete card {0}</source>
        <translation>Supprimer la carte {0}</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Déplacer la carte</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Déplacer %n carte</numerusform>
            <numerusform>Déplacer %n cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect cards</source>
        <translation>Relier des cartes</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>poke</source>
        <translation>accroche</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>typed answers</source>
        <translation>réponses tapées</translation>
    </message>
    <message>
        <source>answer field</source>
        <translation>champ de la réponse</translation>
    </message>
    <message>
        <source>fields asked for</source>
        <translation>champs demandés</translation>
    </message>
    <message>
        <source>consent text</source>
        <translation>texte de consentement</translation>
    </message>
    <message>
        <source>routing</source>
        <translation>routage</translation>
    </message>
    <message>
        <source>goal name</source>
        <translation>nom de l&apos;objectif</translation>
    </message>
    <message>
        <source>conversation score</source>
        <translation>score de la conversation</translation>
    </message>
    <message>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>issues</translation>
    </message>
    <message>
        <source>else branch label</source>
        <translation>libellé de la branche « sinon »</translation>
    </message>
    <message>
        <source>jump target</source>
        <translation>cible du saut</translation>
    </message>
    <message>
        <source>closing message</source>
        <translation>message de fin</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>bot message</source>
        <translation>message du bot</translation>
    </message>
    <message>
        <source>Set start card</source>
        <translation>Définir la carte de départ</translation>
    </message>
    <message>
        <source>Edit dialog properties</source>
        <translation>Modifier les propriétés du dialogue</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Page URL</source>
        <translation>URL de la page</translation>
    </message>
    <message>
        <source>Captured field</source>
        <translation>Champ capturé</translation>
    </message>
    <message>
        <source>Live agents available</source>
        <translation>Agents en direct disponibles</translation>
    </message>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>n&apos;est pas</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>est parmi</translation>
    </message>
    <message>
        <source>is not one of</source>
        <translation>n&apos;est pas parmi</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>ne contient pas</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>commence par</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>se termine par</translation>
    </message>
    <message>
        <source>is known</source>
        <translation>est connu</translation>
    </message>
    <message>
        <source>is unknown</source>
        <translation>est inconnu</translation>
    </message>
    <message>
        <source>A field name uses letters, digits, &apos;_&apos; or &apos;.&apos;, starts with a letter or &apos;_&apos;, and has no spaces (e.g. budget or lead.source).</source>
        <translation>Un nom de champ se compose de lettres, de chiffres, de «_» ou de «.», commence par une lettre ou «_» et ne contient pas d&apos;espace (par ex. budget ou lead.source).</translation>
    </message>
    <message>
        <source>An id uses letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, starts with a letter or digit, and has no spaces.</source>
        <translation>Un identifiant se compose de lettres, de chiffres, de «_», de «-» ou de «.», commence par une lettre ou un chiffre et ne contient pas d&apos;espace.</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>Ce champ ne peut pas être vide.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Champ personnalisé</translation>
    </message>
    <message>
        <source>What&apos;s your first name?</source>
        <translation>Quel est votre prénom&#xa0;?</translation>
    </message>
    <message>
        <source>What&apos;s your last name?</source>
        <translation>Quel est votre nom&#xa0;?</translation>
    </message>
    <message>
        <source>Which email can we reach you at?</source>
        <translation>À quelle adresse e-mail pouvons-nous vous écrire&#xa0;?</translation>
    </message>
    <message>
        <source>Which phone number can we call you on?</source>
        <translation>À quel numéro pouvons-nous vous appeler&#xa0;?</translation>
    </message>
    <message>
        <source>Which company do you work for?</source>
        <translation>Pour quelle entreprise travaillez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>What&apos;s your job title?</source>
        <translation>Quelle est votre fonction&#xa0;?</translation>
    </message>
    <message>
        <source> — no Live Chat permission</source>
        <translation> — sans l&apos;autorisation Chat en direct</translation>
    </message>
    <message>
        <source>No agents in the workspace — Manage agents…</source>
        <translation>Aucun agent dans l&apos;espace de travail — Gérer les agents…</translation>
    </message>
    <message>
        <source>Holds the Live Chat permission.</source>
        <translation>A l&apos;autorisation Chat en direct.</translation>
    </message>
    <message>
        <source>Cannot take live chats until the permission is granted.</source>
        <translation>Ne peut pas prendre de chats en direct tant que l&apos;autorisation n&apos;est pas accordée.</translation>
    </message>
    <message>
        <source>{email} — not in this workspace</source>
        <translation>{email} — absent de cet espace de travail</translation>
    </message>
    <message>
        <source>No teams in the workspace — Manage teams…</source>
        <translation>Aucune équipe dans l&apos;espace de travail — Gérer les équipes…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>{team} ({size})</source>
        <translation>{team} ({size})</translation>
    </message>
    <message>
        <source>{team} — not in this workspace</source>
        <translation>{team} — absente de cet espace de travail</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>the dialog has no cards to draw</source>
        <translation>le dialogue n&apos;a aucune carte à dessiner</translation>
    </message>
    <message>
        <source>the picture would be {0} x {1} pixels; use a smaller --scale, or SVG</source>
        <translation>l&apos;image ferait {0} x {1} pixels&#xa0;; utilisez une --scale plus petite, ou le SVG</translation>
    </message>
    <message>
        <source>live chat</source>
        <translation>chat en direct</translation>
    </message>
    <message>
        <source>fallback message</source>
        <translation>message de secours</translation>
    </message>
    <message>
        <source>reached an End card</source>
        <translation>carte Fin atteinte</translation>
    </message>
    <message>
        <source>visitor left</source>
        <translation>visiteur parti</translation>
    </message>
    <message>
        <source>stopped at a dead end</source>
        <translation>arrêté dans une impasse</translation>
    </message>
    <message>
        <source>stopped in a loop</source>
        <translation>arrêté dans une boucle</translation>
    </message>
    <message>
        <source>{0} · {1} · {2}{3}</source>
        <translation>{0} · {1} · {2}{3}</translation>
    </message>
    <message>
        <source>Score: not set</source>
        <translation>Score&#xa0;: non attribué</translation>
    </message>
    <message>
        <source>Score: {0} of {1}</source>
        <translation>Score&#xa0;: {0} sur {1}</translation>
    </message>
    <message>
        <source>Dialog: {0}</source>
        <translation>Dialogue&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Started: {0}</source>
        <translation>Début&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Outcome: {0}</source>
        <translation>Issue&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Agent: {0}</source>
        <translation>Agent&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Visitor: {0}; page {1}</source>
        <translation>Visiteur&#xa0;: {0}&#xa0;; page {1}</translation>
    </message>
    <message>
        <source>Captured: {0}</source>
        <translation>Capturé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>Visitor {0}</source>
        <translation>Visiteur {0}</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>not accepted in time</source>
        <translation>non accepté à temps</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transféré</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Conversation score: how promising this conversation was, from 0 (not at all) to 3 (very). Click the chosen score again to clear it. Kept with the transcript.</source>
        <translation>Score de la conversation&#xa0;: à quel point cette conversation était prometteuse, de 0 (pas du tout) à 3 (très). Cliquez à nouveau sur le score choisi pour l&apos;effacer. Conservé avec la transcription.</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Score&#xa0;:</translation>
    </message>
    <message>
        <source>(left empty)</source>
        <translation>(laissé vide)</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Share of visitors</source>
        <translation>Part des visiteurs</translation>
    </message>
    <message>
        <source>Card id</source>
        <translation>Id de la carte</translation>
    </message>
    <message>
        <source>Card title</source>
        <translation>Titre de la carte</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Live chats per agent</source>
        <translation>Chats en direct par agent</translation>
    </message>
    <message>
        <source>Agent email</source>
        <translation>E-mail de l&apos;agent</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Live chats per team</source>
        <translation>Chats en direct par équipe</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Custom rules matched</source>
        <translation>Règles personnalisées appliquées</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Fallback messages by reason</source>
        <translation>Messages de secours par motif</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Drop-offs per card</source>
        <translation>Abandons par carte</translation>
    </message>
    <message>
        <source>Dead ends per card</source>
        <translation>Impasses par carte</translation>
    </message>
    <message>
        <source>Card visits</source>
        <translation>Passages par carte</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Path (card ids)</source>
        <translation>Parcours (id des cartes)</translation>
    </message>
    <message>
        <source>Round-robin order (first chats)</source>
        <translation>Ordre du round-robin (premiers chats)</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Card {0}</source>
        <translation>Carte {0}</translation>
    </message>
    <message>
        <source>{0} live chats ({1})</source>
        <translation>{0} chats en direct ({1})</translation>
    </message>
    <message>
        <source>{0} fallback messages ({1})</source>
        <translation>{0} messages de secours ({1})</translation>
    </message>
    <message>
        <source>{0} reached an End card ({1})</source>
        <translation>{0} arrivés à une carte Fin ({1})</translation>
    </message>
    <message>
        <source>{0} left ({1})</source>
        <translation>{0} partis ({1})</translation>
    </message>
    <message>
        <source>{0} stuck mid-branch ({1})</source>
        <translation>{0} bloqués en cours de branche ({1})</translation>
    </message>
    <message>
        <source>{0} went round in Go To cards ({1})</source>
        <translation>{0} ont tourné en rond entre cartes Aller à ({1})</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>First chats, in order: {0}{1}</source>
        <translation>Premiers chats, dans l&apos;ordre&#xa0;: {0}{1}</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Langue du système ({0})</translation>
    </message>
    <message>
        <source>Applies the next time Stream Designer starts</source>
        <translation>S&apos;applique au prochain démarrage de Stream Designer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Stream Designer will be in {0} the next time it starts.</source>
        <translation>Stream Designer sera en {0} à son prochain démarrage.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{title}&apos; leads nowhere: connect it to the next card, or to an End card.</source>
        <translation>«&#xa0;{title}&#xa0;» ne mène nulle part&#xa0;: reliez-la à la carte suivante, ou à une carte Fin.</translation>
    </message>
    <message>
        <source>The typed answer of &apos;{title}&apos; leads nowhere: connect it to a card, or to an End card.</source>
        <translation>La réponse saisie de «&#xa0;{title}&#xa0;» ne mène nulle part&#xa0;: reliez-la à une carte, ou à une carte Fin.</translation>
    </message>
    <message>
        <source>Answer &apos;{answer}&apos; of &apos;{title}&apos; leads nowhere: connect it to a card, or to an End card.</source>
        <translation>La réponse «&#xa0;{answer}&#xa0;» de «&#xa0;{title}&#xa0;» ne mène nulle part&#xa0;: reliez-la à une carte, ou à une carte Fin.</translation>
    </message>
    <message>
        <source>The &apos;{branch}&apos; branch of &apos;{title}&apos; leads nowhere: connect it to a card, or to an End card.</source>
        <translation>La branche «&#xa0;{branch}&#xa0;» de «&#xa0;{title}&#xa0;» ne mène nulle part&#xa0;: reliez-la à une carte, ou à une carte Fin.</translation>
    </message>
    <message>
        <source>Outcome &apos;{exit}&apos; of &apos;{title}&apos; leads nowhere: connect it to a card, or to an End card.</source>
        <translation>L&apos;issue «&#xa0;{exit}&#xa0;» de «&#xa0;{title}&#xa0;» ne mène nulle part&#xa0;: reliez-la à une carte, ou à une carte Fin.</translation>
    </message>
    <message>
        <source>Outcome &apos;{outcome}&apos; of &apos;{title}&apos; leads nowhere: connect it to a card, or to an End card.</source>
        <translation>L&apos;issue «&#xa0;{outcome}&#xa0;» de «&#xa0;{title}&#xa0;» ne mène nulle part&#xa0;: reliez-la à une carte, ou à une carte Fin.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; links to a card &apos;{target}&apos; that does not exist: connect it to another card.</source>
        <translation>«&#xa0;{title}&#xa0;» mène à une carte «&#xa0;{target}&#xa0;» qui n&apos;existe pas&#xa0;: reliez-la à une autre carte.</translation>
    </message>
    <message>
        <source>The typed answer of &apos;{title}&apos; links to a card &apos;{target}&apos; that does not exist: connect it to another card.</source>
        <translation>La réponse saisie de «&#xa0;{title}&#xa0;» mène à une carte «&#xa0;{target}&#xa0;» qui n&apos;existe pas&#xa0;: reliez-la à une autre carte.</translation>
    </message>
    <message>
        <source>Answer &apos;{answer}&apos; of &apos;{title}&apos; links to a card &apos;{target}&apos; that does not exist: connect it to another card.</source>
        <translation>La réponse «&#xa0;{answer}&#xa0;» de «&#xa0;{title}&#xa0;» mène à une carte «&#xa0;{target}&#xa0;» qui n&apos;existe pas&#xa0;: reliez-la à une autre carte.</translation>
    </message>
    <message>
        <source>The &apos;{branch}&apos; branch of &apos;{title}&apos; links to a card &apos;{target}&apos; that does not exist: connect it to another card.</source>
        <translation>La branche «&#xa0;{branch}&#xa0;» de «&#xa0;{title}&#xa0;» mène à une carte «&#xa0;{target}&#xa0;» qui n&apos;existe pas&#xa0;: reliez-la à une autre carte.</translation>
    </message>
    <message>
        <source>Outcome &apos;{exit}&apos; of &apos;{title}&apos; links to a card &apos;{target}&apos; that does not exist: connect it to another card.</source>
        <translation>L&apos;issue «&#xa0;{exit}&#xa0;» de «&#xa0;{title}&#xa0;» mène à une carte «&#xa0;{target}&#xa0;» qui n&apos;existe pas&#xa0;: reliez-la à une autre carte.</translation>
    </message>
    <message>
        <source>Outcome &apos;{outcome}&apos; of &apos;{title}&apos; links to a card &apos;{target}&apos; that does not exist: connect it to another card.</source>
        <translation>L&apos;issue «&#xa0;{outcome}&#xa0;» de «&#xa0;{title}&#xa0;» mène à une carte «&#xa0;{target}&#xa0;» qui n&apos;existe pas&#xa0;: reliez-la à une autre carte.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; has more than one link: keep one and remove the others.</source>
        <translation>«&#xa0;{title}&#xa0;» a plus d&apos;un lien&#xa0;: gardez-en un et supprimez les autres.</translation>
    </message>
    <message>
        <source>The typed answer of &apos;{title}&apos; has more than one link: keep one and remove the others.</source>
        <translation>La réponse saisie de «&#xa0;{title}&#xa0;» a plus d&apos;un lien&#xa0;: gardez-en un et supprimez les autres.</translation>
    </message>
    <message>
        <source>Answer &apos;{answer}&apos; of &apos;{title}&apos; has more than one link: keep one and remove the others.</source>
        <translation>La réponse «&#xa0;{answer}&#xa0;» de «&#xa0;{title}&#xa0;» a plus d&apos;un lien&#xa0;: gardez-en un et supprimez les autres.</translation>
    </message>
    <message>
        <source>The &apos;{branch}&apos; branch of &apos;{title}&apos; has more than one link: keep one and remove the others.</source>
        <translation>La branche «&#xa0;{branch}&#xa0;» de «&#xa0;{title}&#xa0;» a plus d&apos;un lien&#xa0;: gardez-en un et supprimez les autres.</translation>
    </message>
    <message>
        <source>Outcome &apos;{exit}&apos; of &apos;{title}&apos; has more than one link: keep one and remove the others.</source>
        <translation>L&apos;issue «&#xa0;{exit}&#xa0;» de «&#xa0;{title}&#xa0;» a plus d&apos;un lien&#xa0;: gardez-en un et supprimez les autres.</translation>
    </message>
    <message>
        <source>Outcome &apos;{outcome}&apos; of &apos;{title}&apos; has more than one link: keep one and remove the others.</source>
        <translation>L&apos;issue «&#xa0;{outcome}&#xa0;» de «&#xa0;{title}&#xa0;» a plus d&apos;un lien&#xa0;: gardez-en un et supprimez les autres.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; has no answers: add answer buttons or let visitors type their answer.</source>
        <translation>«&#xa0;{title}&#xa0;» n&apos;a aucune réponse&#xa0;: ajoutez des boutons de réponse ou laissez les visiteurs taper leur réponse.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; has no question text: write the question visitors answer.</source>
        <translation>«&#xa0;{title}&#xa0;» n&apos;a pas de texte de question&#xa0;: écrivez la question à laquelle les visiteurs répondent.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; has no text: write what the bot says, or remove the card.</source>
        <translation>«&#xa0;{title}&#xa0;» n&apos;a pas de texte&#xa0;: écrivez ce que dit le bot, ou supprimez la carte.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; does not say where to jump: choose its target card.</source>
        <translation>«&#xa0;{title}&#xa0;» n&apos;indique pas où aller&#xa0;: choisissez sa carte cible.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; jumps to a card &apos;{target}&apos; that does not exist: choose another target card.</source>
        <translation>«&#xa0;{title}&#xa0;» renvoie vers une carte «&#xa0;{target}&#xa0;» qui n&apos;existe pas&#xa0;: choisissez une autre carte cible.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; has no conditions, so every visitor takes its &apos;{branch}&apos; branch: add a condition, or remove the card.</source>
        <translation>«&#xa0;{title}&#xa0;» n&apos;a aucune condition, donc tous les visiteurs prennent sa branche «&#xa0;{branch}&#xa0;»&#xa0;: ajoutez une condition, ou supprimez la carte.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; has a poke, but only the start card can show one: remove the poke or make this card the start card.</source>
        <translation>«&#xa0;{title}&#xa0;» a une accroche, mais seule la carte de départ peut en afficher une&#xa0;: supprimez l&apos;accroche ou faites de cette carte la carte de départ.</translation>
    </message>
    <message>
        <source>Option &apos;{option}&apos; of the &apos;{field}&apos; field in &apos;{title}&apos; is not an email address, which the field checks: visitors who press it are asked again. Change the option, or the field&apos;s check.</source>
        <translation>L&apos;option «&#xa0;{option}&#xa0;» du champ «&#xa0;{field}&#xa0;» de «&#xa0;{title}&#xa0;» n&apos;est pas une adresse e-mail, alors que le champ le vérifie&#xa0;: les visiteurs qui la choisissent doivent répondre à nouveau. Modifiez l&apos;option ou la vérification du champ.</translation>
    </message>
    <message>
        <source>Option &apos;{option}&apos; of the &apos;{field}&apos; field in &apos;{title}&apos; is not a phone number, which the field checks: visitors who press it are asked again. Change the option, or the field&apos;s check.</source>
        <translation>L&apos;option «&#xa0;{option}&#xa0;» du champ «&#xa0;{field}&#xa0;» de «&#xa0;{title}&#xa0;» n&apos;est pas un numéro de téléphone, alors que le champ le vérifie&#xa0;: les visiteurs qui la choisissent doivent répondre à nouveau. Modifiez l&apos;option ou la vérification du champ.</translation>
    </message>
    <message>
        <source>No path from the start card leads to &apos;{title}&apos;: link it from another card, or remove it.</source>
        <translation>Aucun parcours depuis la carte de départ ne mène à «&#xa0;{title}&#xa0;»&#xa0;: reliez-la depuis une autre carte, ou supprimez-la.</translation>
    </message>
    <message>
        <source>Visitors can reach &apos;{title}&apos; without being asked whether they want to chat: put a Question card before it that asks them.</source>
        <translation>Les visiteurs peuvent atteindre «&#xa0;{title}&#xa0;» sans qu&apos;on leur ait demandé s&apos;ils veulent discuter&#xa0;: placez avant cette carte une carte Question qui le leur demande.</translation>
    </message>
    <message>
        <source>Visitors can reach &apos;{title}&apos; when no agent may be available: place it after a Condition card outcome that checks live agents are available.</source>
        <translation>Les visiteurs peuvent atteindre «&#xa0;{title}&#xa0;» même quand aucun agent n&apos;est disponible&#xa0;: placez cette carte après une issue de carte Condition qui vérifie que des agents en direct sont disponibles.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; jumps to &apos;{target}&apos;, from where visitors can never reach an End, Live Chat or Meeting booking card: give the loop a way out.</source>
        <translation>«&#xa0;{title}&#xa0;» renvoie vers «&#xa0;{target}&#xa0;», d&apos;où les visiteurs ne peuvent jamais atteindre une carte Fin, Chat en direct ou Prise de rendez-vous&#xa0;: donnez une sortie à la boucle.</translation>
    </message>
    <message>
        <source>Visitors can reach &apos;{title}&apos; without giving their first name: put an Info Capture card before it that requires first name and email.</source>
        <translation>Les visiteurs peuvent atteindre «&#xa0;{title}&#xa0;» sans avoir donné leur prénom&#xa0;: placez avant cette carte une carte Capture d&apos;informations qui exige le prénom et l&apos;e-mail.</translation>
    </message>
    <message>
        <source>Visitors can reach &apos;{title}&apos; without giving their email: put an Info Capture card before it that requires first name and email.</source>
        <translation>Les visiteurs peuvent atteindre «&#xa0;{title}&#xa0;» sans avoir donné leur e-mail&#xa0;: placez avant cette carte une carte Capture d&apos;informations qui exige le prénom et l&apos;e-mail.</translation>
    </message>
    <message>
        <source>Visitors can reach &apos;{title}&apos; without giving their first name and email: put an Info Capture card before it that requires first name and email.</source>
        <translation>Les visiteurs peuvent atteindre «&#xa0;{title}&#xa0;» sans avoir donné leur prénom et leur e-mail&#xa0;: placez avant cette carte une carte Capture d&apos;informations qui exige le prénom et l&apos;e-mail.</translation>
    </message>
    <message>
        <source>Rule {rule} of &apos;{title}&apos; can never match because rule {earlier} already takes all its visitors: move rule {rule} above rule {earlier}, or narrow rule {earlier}.</source>
        <translation>La règle {rule} de «&#xa0;{title}&#xa0;» ne peut jamais s&apos;appliquer, car la règle {earlier} prend déjà tous ses visiteurs&#xa0;: placez la règle {rule} au-dessus de la règle {earlier}, ou restreignez la règle {earlier}.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; routes visitors to agent &apos;{agent}&apos;, who is not in this workspace: add the agent or choose another one.</source>
        <translation>«&#xa0;{title}&#xa0;» envoie les visiteurs à l&apos;agent «&#xa0;{agent}&#xa0;», qui n&apos;est pas dans cet espace de travail&#xa0;: ajoutez cet agent ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; routes visitors to team &apos;{team}&apos;, which this workspace does not have: create the team or choose another one.</source>
        <translation>«&#xa0;{title}&#xa0;» envoie les visiteurs à l&apos;équipe «&#xa0;{team}&#xa0;», que cet espace de travail n&apos;a pas&#xa0;: créez cette équipe ou choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Rule {rule} of &apos;{title}&apos; routes visitors to agent &apos;{agent}&apos;, who is not in this workspace: add the agent or choose another one.</source>
        <translation>La règle {rule} de «&#xa0;{title}&#xa0;» envoie les visiteurs à l&apos;agent «&#xa0;{agent}&#xa0;», qui n&apos;est pas dans cet espace de travail&#xa0;: ajoutez cet agent ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Rule {rule} of &apos;{title}&apos; routes visitors to team &apos;{team}&apos;, which this workspace does not have: create the team or choose another one.</source>
        <translation>La règle {rule} de «&#xa0;{title}&#xa0;» envoie les visiteurs à l&apos;équipe «&#xa0;{team}&#xa0;», que cet espace de travail n&apos;a pas&#xa0;: créez cette équipe ou choisissez-en une autre.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; uses round-robin, but no agent in this workspace holds the Live Chat permission: grant it to at least one agent.</source>
        <translation>«&#xa0;{title}&#xa0;» utilise le round-robin, mais aucun agent de cet espace de travail n&apos;a l&apos;autorisation Chat en direct&#xa0;: accordez-la à au moins un agent.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; routes visitors to agent &apos;{agent}&apos;, who does not hold the Live Chat permission: grant it or choose another agent.</source>
        <translation>«&#xa0;{title}&#xa0;» envoie les visiteurs à l&apos;agent «&#xa0;{agent}&#xa0;», qui n&apos;a pas l&apos;autorisation Chat en direct&#xa0;: accordez-la-lui ou choisissez un autre agent.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; routes visitors to team &apos;{team}&apos;, where nobody holds the Live Chat permission: grant it to a member or choose another team.</source>
        <translation>«&#xa0;{title}&#xa0;» envoie les visiteurs à l&apos;équipe «&#xa0;{team}&#xa0;», où personne n&apos;a l&apos;autorisation Chat en direct&#xa0;: accordez-la à un membre ou choisissez une autre équipe.</translation>
    </message>
    <message>
        <source>No rule of &apos;{title}&apos; routes visitors to an agent with the Live Chat permission, so its visitors get the fallback message, or any agent if the workspace&apos;s safety net is on: add a rule or grant the permission.</source>
        <translation>Aucune règle de «&#xa0;{title}&#xa0;» n&apos;envoie les visiteurs à un agent qui a l&apos;autorisation Chat en direct, donc ses visiteurs reçoivent le message de secours, ou n&apos;importe quel agent si le filet de sécurité de l&apos;espace de travail est activé&#xa0;: ajoutez une règle ou accordez l&apos;autorisation.</translation>
    </message>
    <message>
        <source>The dialog has no start card: choose the card visitors see first.</source>
        <translation>Le dialogue n&apos;a pas de carte de départ&#xa0;: choisissez la carte que les visiteurs voient en premier.</translation>
    </message>
    <message>
        <source>The start card &apos;{start}&apos; does not exist: choose the card visitors see first.</source>
        <translation>La carte de départ «&#xa0;{start}&#xa0;» n&apos;existe pas&#xa0;: choisissez la carte que les visiteurs voient en premier.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; has the same id &apos;{id}&apos; as &apos;{other}&apos;: give one of them another id.</source>
        <translation>«&#xa0;{title}&#xa0;» a le même identifiant «&#xa0;{id}&#xa0;» que «&#xa0;{other}&#xa0;»&#xa0;: donnez un autre identifiant à l&apos;une des deux.</translation>
    </message>
    <message>
        <source>A link goes from a card &apos;{source}&apos; to a card &apos;{target}&apos;, and neither exists: remove the link.</source>
        <translation>Un lien va d&apos;une carte «&#xa0;{source}&#xa0;» à une carte «&#xa0;{target}&#xa0;», et aucune des deux n&apos;existe&#xa0;: supprimez le lien.</translation>
    </message>
    <message>
        <source>A link into &apos;{target}&apos; comes from a card &apos;{source}&apos; that does not exist: remove the link.</source>
        <translation>Un lien vers «&#xa0;{target}&#xa0;» part d&apos;une carte «&#xa0;{source}&#xa0;» qui n&apos;existe pas&#xa0;: supprimez le lien.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is a Live Chat card and must be the last card of its branch: remove its link to &apos;{target}&apos;.</source>
        <translation>«&#xa0;{title}&#xa0;» est une carte Chat en direct et doit être la dernière carte de sa branche&#xa0;: supprimez son lien vers «&#xa0;{target}&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; ends its branch, so nothing can follow it: remove its link to &apos;{target}&apos;.</source>
        <translation>«&#xa0;{title}&#xa0;» termine sa branche, donc rien ne peut la suivre&#xa0;: supprimez son lien vers «&#xa0;{target}&#xa0;».</translation>
    </message>
    <message>
        <source>A link to &apos;{target}&apos; leaves &apos;{title}&apos; from &apos;{port}&apos;, which the card no longer has: remove the link or draw it from an existing answer.</source>
        <translation>Un lien vers «&#xa0;{target}&#xa0;» part de «&#xa0;{title}&#xa0;» par «&#xa0;{port}&#xa0;», une sortie que la carte n&apos;a plus&#xa0;: supprimez le lien ou tracez-le depuis une réponse existante.</translation>
    </message>
    <message>
        <source>this question offers no answer to press or type</source>
        <translation>cette question n&apos;offre aucune réponse à choisir ni à saisir</translation>
    </message>
    <message>
        <source>Sorry, nobody is available to chat right now.</source>
        <translation>Désolé, personne n&apos;est disponible pour discuter pour le moment.</translation>
    </message>
    <message>
        <source>This one is needed to continue. Could you fill it in?</source>
        <translation>Cette information est nécessaire pour continuer. Pouvez-vous la renseigner&#xa0;?</translation>
    </message>
    <message>
        <source>the dialog has no start card</source>
        <translation>le dialogue n&apos;a pas de carte de départ</translation>
    </message>
    <message>
        <source>the visitor left the conversation</source>
        <translation>le visiteur a quitté la conversation</translation>
    </message>
    <message>
        <source>Go To cards kept looping without the visitor acting</source>
        <translation>des cartes Aller à tournaient en boucle sans action du visiteur</translation>
    </message>
    <message>
        <source>this Go To card has no target</source>
        <translation>cette carte Aller à n&apos;a pas de cible</translation>
    </message>
    <message>
        <source>the conversation reached an End card</source>
        <translation>la conversation a atteint une carte Fin</translation>
    </message>
    <message>
        <source>no agents are set up in this preview</source>
        <translation>aucun agent n&apos;est configuré pour cet aperçu</translation>
    </message>
    <message>
        <source>Book a meeting with {agent}</source>
        <translation>Prendre rendez-vous avec {agent}</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Non merci</translation>
    </message>
    <message>
        <source>What is your {field}?</source>
        <translation>Pouvez-vous m&apos;indiquer votre {field}&#xa0;?</translation>
    </message>
    <message>
        <source>output &apos;{port}&apos; of this card leads nowhere</source>
        <translation>la sortie «&#xa0;{port}&#xa0;» de cette carte ne mène nulle part</translation>
    </message>
    <message>
        <source>All our agents are busy right now. Leave us your email and we will get back to you.</source>
        <translation>Tous nos agents sont occupés pour le moment. Laissez-nous votre e-mail et nous reviendrons vers vous.</translation>
    </message>
    <message>
        <source>has no Live Chat permission</source>
        <translation>n&apos;a pas l&apos;autorisation Chat en direct</translation>
    </message>
    <message>
        <source>is away</source>
        <translation>a le statut «&#xa0;Absent&#xa0;»</translation>
    </message>
    <message>
        <source>is offline</source>
        <translation>est hors ligne</translation>
    </message>
    <message>
        <source>is at their limit of {n} chat</source>
        <translation>a atteint sa limite de {n} chat</translation>
    </message>
    <message>
        <source>is at their limit of {n} chats</source>
        <translation>a atteint sa limite de {n} chats</translation>
    </message>
    <message>
        <source>The visitor&apos;s email domain {domain} is an account of {agent}.</source>
        <translation>Le domaine de l&apos;e-mail du visiteur, {domain}, est un compte de {agent}.</translation>
    </message>
    <message>
        <source>Picked {agent}: the account&apos;s agent, who can take the chat.</source>
        <translation>Choix de {agent}&#xa0;: l&apos;agent du compte, qui peut prendre le chat.</translation>
    </message>
    <message>
        <source>{agent}, the account&apos;s agent, {reason}.</source>
        <translation>{agent}, l&apos;agent du compte, {reason}.</translation>
    </message>
    <message>
        <source>There is nobody in all agents.</source>
        <translation>Il n&apos;y a aucun agent dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>There is nobody in team {team}.</source>
        <translation>Il n&apos;y a personne dans l&apos;équipe {team}.</translation>
    </message>
    <message>
        <source>Nobody in all agents can take the chat: {why}.</source>
        <translation>Aucun agent ne peut prendre le chat&#xa0;: {why}.</translation>
    </message>
    <message>
        <source>Nobody in team {team} can take the chat: {why}.</source>
        <translation>Personne dans l&apos;équipe {team} ne peut prendre le chat&#xa0;: {why}.</translation>
    </message>
    <message>
        <source>two agents were offered the chat, the most a visitor waits for</source>
        <translation>deux agents se sont vu proposer le chat, le maximum pour un visiteur</translation>
    </message>
    <message>
        <source>an account&apos;s visitors go to {agent} only</source>
        <translation>les visiteurs d&apos;un compte ne vont qu&apos;à {agent}</translation>
    </message>
    <message>
        <source>rule {n} names only {agent}</source>
        <translation>la règle {n} ne désigne que {agent}</translation>
    </message>
    <message>
        <source>the card names only {agent}</source>
        <translation>la carte ne désigne que {agent}</translation>
    </message>
    <message>
        <source>{agent} did not accept within {seconds} s</source>
        <translation>{agent} n&apos;a pas accepté dans les {seconds} s</translation>
    </message>
    <message>
        <source>{agent} declined</source>
        <translation>{agent} a refusé</translation>
    </message>
    <message>
        <source>offered to {agent}, next among all agents</source>
        <translation>proposé à {agent}, suivant parmi tous les agents</translation>
    </message>
    <message>
        <source>offered to {agent}, next in team {team}</source>
        <translation>proposé à {agent}, suivant dans l&apos;équipe {team}</translation>
    </message>
    <message>
        <source>nobody else among all agents can take the chat</source>
        <translation>aucun autre agent ne peut prendre le chat</translation>
    </message>
    <message>
        <source>nobody else in team {team} can take the chat</source>
        <translation>personne d&apos;autre dans l&apos;équipe {team} ne peut prendre le chat</translation>
    </message>
    <message>
        <source>the chat stays with {agent}</source>
        <translation>le chat reste à {agent}</translation>
    </message>
    <message>
        <source>{reason}, so {then}</source>
        <translation>{reason}, donc {then}</translation>
    </message>
    <message>
        <source>{what}; {then}.</source>
        <translation>{what}&#xa0;; {then}.</translation>
    </message>
    <message>
        <source>Connecting you with {agent}…</source>
        <translation>Connexion avec {agent}…</translation>
    </message>
    <message>
        <source>{agent} joined the chat</source>
        <translation>{agent} a rejoint le chat</translation>
    </message>
    <message>
        <source>Transferred by {sender} to {agent}.</source>
        <translation>Transféré par {sender} à {agent}.</translation>
    </message>
    <message>
        <source>{agent} has the Live Chat permission, is available and has {n} of {limit} chats open.</source>
        <translation>{agent} a l&apos;autorisation Chat en direct, est disponible et a {n} chats ouverts sur {limit}.</translation>
    </message>
    <message>
        <source>Transferred by {sender} to team {team}.</source>
        <translation>Transféré par {sender} à l&apos;équipe {team}.</translation>
    </message>
    <message>
        <source>Skipped {agent}, who {reason}.</source>
        <translation>{agent} {reason}&#xa0;: on passe à l&apos;agent suivant.</translation>
    </message>
    <message>
        <source>is handing the chat on</source>
        <translation>transfère le chat</translation>
    </message>
    <message>
        <source>The chat stays with {agent}.</source>
        <translation>Le chat reste à {agent}.</translation>
    </message>
    <message>
        <source>{agent} {reason}.</source>
        <translation>{agent} {reason}.</translation>
    </message>
    <message>
        <source>{email} is not an agent of this workspace.</source>
        <translation>{email} n&apos;est pas un agent de cet espace de travail.</translation>
    </message>
    <message>
        <source>Nobody else in team {team} can take the chat.</source>
        <translation>Personne d&apos;autre dans l&apos;équipe {team} ne peut prendre le chat.</translation>
    </message>
    <message>
        <source>{agent} is already offered this chat.</source>
        <translation>Ce chat est déjà proposé à {agent}.</translation>
    </message>
    <message>
        <source>{agent} already has this chat.</source>
        <translation>{agent} a déjà ce chat.</translation>
    </message>
    <message>
        <source>Picked {agent}: next in round-robin order among all agents.</source>
        <translation>Choix de {agent}&#xa0;: c&apos;est son tour dans le round-robin de tous les agents.</translation>
    </message>
    <message>
        <source>Picked {agent}: next in round-robin order among team {team}.</source>
        <translation>Choix de {agent}&#xa0;: c&apos;est son tour dans le round-robin de l&apos;équipe {team}.</translation>
    </message>
    <message>
        <source>An account&apos;s visitors go to its agent only: nobody else is tried.</source>
        <translation>Les visiteurs d&apos;un compte ne vont qu&apos;à son agent&#xa0;: personne d&apos;autre n&apos;est essayé.</translation>
    </message>
    <message>
        <source>Nobody the card names can take the chat, so every agent is tried in round-robin order.</source>
        <translation>Personne de ceux que la carte désigne ne peut prendre le chat, donc tous les agents sont essayés en round-robin.</translation>
    </message>
    <message>
        <source>Agent {email} is not in the workspace.</source>
        <translation>L&apos;agent {email} n&apos;est pas dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>{agent}, the card&apos;s agent, {reason}.</source>
        <translation>{agent}, l&apos;agent de la carte, {reason}.</translation>
    </message>
    <message>
        <source>{agent}, the rule&apos;s agent, {reason}.</source>
        <translation>{agent}, l&apos;agent de la règle, {reason}.</translation>
    </message>
    <message>
        <source>Picked {agent}: the card&apos;s agent, who can take the chat.</source>
        <translation>Choix de {agent}&#xa0;: l&apos;agent de la carte, qui peut prendre le chat.</translation>
    </message>
    <message>
        <source>Picked {agent}: the rule&apos;s agent, who can take the chat.</source>
        <translation>Choix de {agent}&#xa0;: l&apos;agent de la règle, qui peut prendre le chat.</translation>
    </message>
    <message>
        <source>Team {team} is not in the workspace.</source>
        <translation>L&apos;équipe {team} n&apos;est pas dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Rule {n} matched: {rule}.</source>
        <translation>La règle {n} s&apos;applique&#xa0;: {rule}.</translation>
    </message>
    <message>
        <source>No rule matched this visitor.</source>
        <translation>Aucune règle ne correspond à ce visiteur.</translation>
    </message>
    <message>
        <source>The card has no rules.</source>
        <translation>La carte n&apos;a aucune règle.</translation>
    </message>
    <message>
        <source>The visitor gets the fallback message.</source>
        <translation>Le visiteur reçoit le message de secours.</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like an email address. Could you check it? (e.g. name@company.com)</source>
        <translation>Cela ne ressemble pas à une adresse e-mail. Pouvez-vous la vérifier&#xa0;? (par ex. nom@entreprise.com)</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a phone number. Please type it with digits, e.g. +33 1 23 45 67 89.</source>
        <translation>Cela ne ressemble pas à un numéro de téléphone. Merci de le saisir en chiffres, par ex. +33 1 23 45 67 89.</translation>
    </message>
    <message>
        <source>{agent} ended the chat</source>
        <translation>{agent} a mis fin au chat</translation>
    </message>
    <message>
        <source>the visitor left</source>
        <translation>le visiteur est parti</translation>
    </message>
    <message>
        <source>country</source>
        <translation>le pays</translation>
    </message>
    <message>
        <source>region</source>
        <translation>la région</translation>
    </message>
    <message>
        <source>city</source>
        <translation>la ville</translation>
    </message>
    <message>
        <source>page URL</source>
        <translation>l&apos;URL de la page</translation>
    </message>
    <message>
        <source>live agents available</source>
        <translation>la disponibilité des agents en direct</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos;</source>
        <translation>le champ «&#xa0;{field}&#xa0;»</translation>
    </message>
    <message>
        <source>{who} is {value}</source>
        <translation>{who} est {value}</translation>
    </message>
    <message>
        <source>{who} is not {value}</source>
        <translation>{who} n&apos;est pas {value}</translation>
    </message>
    <message>
        <source>{who} is one of {value}</source>
        <translation>{who} est parmi {value}</translation>
    </message>
    <message>
        <source>{who} is not one of {value}</source>
        <translation>{who} n&apos;est pas parmi {value}</translation>
    </message>
    <message>
        <source>{who} contains {value}</source>
        <translation>{who} contient {value}</translation>
    </message>
    <message>
        <source>{who} does not contain {value}</source>
        <translation>{who} ne contient pas {value}</translation>
    </message>
    <message>
        <source>{who} starts with {value}</source>
        <translation>{who} commence par {value}</translation>
    </message>
    <message>
        <source>{who} ends with {value}</source>
        <translation>{who} se termine par {value}</translation>
    </message>
    <message>
        <source>{who} is known</source>
        <translation>on connaît {who}</translation>
    </message>
    <message>
        <source>{who} is unknown</source>
        <translation>on ne connaît pas {who}</translation>
    </message>
    <message>
        <source>{first} and {then}</source>
        <translation>{first} et {then}</translation>
    </message>
    <message>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>Otherwise</source>
        <translation>Sinon</translation>
    </message>
    <message>
        <source>{kind} {id}</source>
        <translation>{kind} {id}</translation>
    </message>
    <message>
        <source>Round-robin over all agents</source>
        <translation>Round-robin entre tous les agents</translation>
    </message>
    <message>
        <source>Agent {agent}</source>
        <translation>Agent {agent}</translation>
    </message>
    <message>
        <source>Team {team} (round-robin within the team)</source>
        <translation>Équipe {team} (round-robin dans l&apos;équipe)</translation>
    </message>
    <message>
        <source>Custom rules (1 rule), else fallback</source>
        <translation>Règles personnalisées (1 règle), sinon message de secours</translation>
    </message>
    <message>
        <source>Custom rules ({n} rules), else fallback</source>
        <translation>Règles personnalisées ({n} règles), sinon message de secours</translation>
    </message>
    <message>
        <source>agent {agent}</source>
        <translation>agent {agent}</translation>
    </message>
    <message>
        <source>team {team}</source>
        <translation>équipe {team}</translation>
    </message>
    <message>
        <source>every visitor</source>
        <translation>tout visiteur</translation>
    </message>
    <message>
        <source>{when} → {target}</source>
        <translation>{when} → {target}</translation>
    </message>
    <message>
        <source>Hi {name}, thanks for reaching out! How can I help?</source>
        <translation>Bonjour {name}, merci de nous avoir contactés&#xa0;! Comment puis-je vous aider&#xa0;?</translation>
    </message>
    <message>
        <source>Hi there, thanks for reaching out! How can I help?</source>
        <translation>Bonjour, merci de nous avoir contactés&#xa0;! Comment puis-je vous aider&#xa0;?</translation>
    </message>
    <message>
        <source>Good question. Let me check that for you.</source>
        <translation>Bonne question. Je vérifie cela pour vous.</translation>
    </message>
    <message>
        <source>Thanks! I&apos;ve noted that down. Anything else I can help with?</source>
        <translation>Merci&#xa0;! C&apos;est noté. Puis-je vous aider pour autre chose&#xa0;?</translation>
    </message>
    <message>
        <source>Condition {n} of outcome &apos;{outcome}&apos; in &apos;{title}&apos; has no value, so it holds for every visitor: type the value to compare with, or remove the condition.</source>
        <translation>La condition {n} de l&apos;issue «&#xa0;{outcome}&#xa0;» de «&#xa0;{title}&#xa0;» n&apos;a pas de valeur, elle est donc vraie pour tout visiteur&#xa0;: tapez la valeur à comparer, ou supprimez la condition.</translation>
    </message>
    <message>
        <source>Condition {n} of outcome &apos;{outcome}&apos; in &apos;{title}&apos; has no value, so it holds for no visitor: type the value to compare with, or remove the condition.</source>
        <translation>La condition {n} de l&apos;issue «&#xa0;{outcome}&#xa0;» de «&#xa0;{title}&#xa0;» n&apos;a pas de valeur, elle n&apos;est donc vraie pour aucun visiteur&#xa0;: tapez la valeur à comparer, ou supprimez la condition.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a country code: visitors&apos; countries are two-letter codes such as {code}. Write {code} in condition {n} of outcome &apos;{outcome}&apos; in &apos;{title}&apos;.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un code de pays&#xa0;: le pays d&apos;un visiteur est un code de deux lettres, comme {code}. Écrivez {code} dans la condition {n} de l&apos;issue «&#xa0;{outcome}&#xa0;» de «&#xa0;{title}&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a country code: visitors&apos; countries are two-letter codes such as FR or US. Write the code of the country you mean in condition {n} of outcome &apos;{outcome}&apos; in &apos;{title}&apos;.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un code de pays&#xa0;: le pays d&apos;un visiteur est un code de deux lettres, comme FR ou US. Écrivez le code du pays voulu dans la condition {n} de l&apos;issue «&#xa0;{outcome}&#xa0;» de «&#xa0;{title}&#xa0;».</translation>
    </message>
    <message>
        <source>Condition {n} of outcome &apos;{outcome}&apos; in &apos;{title}&apos; compares live agents&apos; availability with &apos;{value}&apos;, but it is only ever &apos;{yes}&apos; or &apos;{no}&apos;: choose one of those.</source>
        <translation>La condition {n} de l&apos;issue «&#xa0;{outcome}&#xa0;» de «&#xa0;{title}&#xa0;» compare la disponibilité des agents à «&#xa0;{value}&#xa0;», mais elle ne vaut jamais que «&#xa0;{yes}&#xa0;» ou «&#xa0;{no}&#xa0;»&#xa0;: choisissez l&apos;une des deux.</translation>
    </message>
    <message>
        <source>Condition {n} of rule {rule} in &apos;{title}&apos; has no value, so it holds for every visitor: type the value to compare with, or remove the condition.</source>
        <translation>La condition {n} de la règle {rule} de «&#xa0;{title}&#xa0;» n&apos;a pas de valeur, elle est donc vraie pour tout visiteur&#xa0;: tapez la valeur à comparer, ou supprimez la condition.</translation>
    </message>
    <message>
        <source>Condition {n} of rule {rule} in &apos;{title}&apos; has no value, so it holds for no visitor: type the value to compare with, or remove the condition.</source>
        <translation>La condition {n} de la règle {rule} de «&#xa0;{title}&#xa0;» n&apos;a pas de valeur, elle n&apos;est donc vraie pour aucun visiteur&#xa0;: tapez la valeur à comparer, ou supprimez la condition.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a country code: visitors&apos; countries are two-letter codes such as {code}. Write {code} in condition {n} of rule {rule} in &apos;{title}&apos;.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un code de pays&#xa0;: le pays d&apos;un visiteur est un code de deux lettres, comme {code}. Écrivez {code} dans la condition {n} de la règle {rule} de «&#xa0;{title}&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a country code: visitors&apos; countries are two-letter codes such as FR or US. Write the code of the country you mean in condition {n} of rule {rule} in &apos;{title}&apos;.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un code de pays&#xa0;: le pays d&apos;un visiteur est un code de deux lettres, comme FR ou US. Écrivez le code du pays voulu dans la condition {n} de la règle {rule} de «&#xa0;{title}&#xa0;».</translation>
    </message>
    <message>
        <source>Condition {n} of rule {rule} in &apos;{title}&apos; compares live agents&apos; availability with &apos;{value}&apos;, but it is only ever &apos;{yes}&apos; or &apos;{no}&apos;: choose one of those.</source>
        <translation>La condition {n} de la règle {rule} de «&#xa0;{title}&#xa0;» compare la disponibilité des agents à «&#xa0;{value}&#xa0;», mais elle ne vaut jamais que «&#xa0;{yes}&#xa0;» ou «&#xa0;{no}&#xa0;»&#xa0;: choisissez l&apos;une des deux.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Stream Designer</source>
        <translation>À propos de Stream Designer</translation>
    </message>
    <message>
        <source>Stream Designer</source>
        <translation>Stream Designer</translation>
    </message>
    <message>
        <source>Version {0} · Qt {1} · Python {2}</source>
        <translation>Version {0} · Qt {1} · Python {2}</translation>
    </message>
    <message>
        <source>Design, check and preview the chat dialogues that greet visitors on your website, with live-chat hand-off to your agents. Offline, on your desktop.</source>
        <translation>Concevez, vérifiez et prévisualisez les dialogues de chat qui accueillent les visiteurs de votre site web, avec passage de relais à vos agents en direct. Hors ligne, sur votre ordinateur.</translation>
    </message>
    <message>
        <source>Stream Designer is free software under the {0} licence. It is built on these components:</source>
        <translation>Stream Designer est un logiciel libre sous licence {0}. Il repose sur ces composants&#xa0;:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>Visitors whose email is at a listed domain go to its agent before any card&apos;s routing. When that agent cannot take the chat, the visitor gets the fallback message: no other agent is tried.</source>
        <translation>Les visiteurs dont l&apos;e-mail est à un domaine listé vont à son agent avant tout routage de carte. Quand cet agent ne peut pas prendre le chat, le visiteur reçoit le message de secours&#xa0;: aucun autre agent n&apos;est essayé.</translation>
    </message>
    <message>
        <source>Email domain</source>
        <translation>Domaine e-mail</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Agent&apos;s email</source>
        <translation>E-mail de l&apos;agent</translation>
    </message>
    <message>
        <source>No account routing yet: every visitor follows the card&apos;s routing. Add a domain below or import a CSV file from your CRM.</source>
        <translation>Pas encore de routage par compte&#xa0;: chaque visiteur suit le routage de la carte. Ajoutez un domaine ci-dessous ou importez un fichier CSV de votre CRM.</translation>
    </message>
    <message>
        <source>Remove domain</source>
        <translation>Retirer le domaine</translation>
    </message>
    <message>
        <source>Email domain, like acme.com</source>
        <translation>Domaine e-mail, par exemple acme.com</translation>
    </message>
    <message>
        <source>Add an agent first</source>
        <translation>Ajoutez d&apos;abord un agent</translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation>Ajouter le domaine</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>A UTF-8 CSV file with the header domain,agent, then one domain a line. An import is all or nothing.</source>
        <translation>Un fichier CSV en UTF-8 avec l&apos;en-tête domain,agent, puis un domaine par ligne. Une importation se fait en entier ou pas du tout.</translation>
    </message>
    <message>
        <source>Replace the list with the file&apos;s</source>
        <translation>Remplacer la liste par celle du fichier</translation>
    </message>
    <message>
        <source>Also remove the domains the file does not list</source>
        <translation>Retirer aussi les domaines absents du fichier</translation>
    </message>
    <message>
        <source>{agent} cannot take live chats, so visitors of {domains} get the fallback message: grant Live Chat on the Agents tab.</source>
        <translation>{agent} ne peut pas prendre de chats en direct, donc les visiteurs de {domains} reçoivent le message de secours&#xa0;: accordez-lui le Chat en direct dans l&apos;onglet Agents.</translation>
    </message>
    <message numerus="yes">
        <source>{domains} and %n more</source>
        <translation>
            <numerusform>{domains} et %n autre</numerusform>
            <numerusform>{domains} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Import account routing</source>
        <translation>Importer le routage par compte</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace the account list with {file}&apos;s? Mapped domains the file does not list are removed: their visitors follow each card&apos;s routing again.</source>
        <translation>Remplacer la liste des comptes par celle de «&#xa0;{file}&#xa0;»&#xa0;? Les domaines que le fichier ne liste pas sont retirés&#xa0;: leurs visiteurs suivent de nouveau le routage de chaque carte.</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) added</source>
        <translation>
            <numerusform>%n domaine ajouté</numerusform>
            <numerusform>%n domaines ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved to another agent</source>
        <translation>
            <numerusform>%n passé à un autre agent</numerusform>
            <numerusform>%n passés à un autre agent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed ({domains})</source>
        <translation>
            <numerusform>%n retiré ({domains})</numerusform>
            <numerusform>%n retirés ({domains})</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {file}: it lists no domains, so nothing changed.</source>
        <translation>{file} importé&#xa0;: il ne liste aucun domaine, rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Imported {file}: {changes}.</source>
        <translation>{file} importé&#xa0;: {changes}.</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <source>Invisible to the visitor: sets a field.</source>
        <translation>Invisible pour le visiteur&#xa0;: renseigne un champ.</translation>
    </message>
    <message>
        <source>e.g. lead_source</source>
        <translation>par ex. lead_source</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>A value or a token such as {{email}}</source>
        <translation>Une valeur ou un jeton comme {{email}}</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>AnswerRow</name>
    <message>
        <source>Button label</source>
        <translation>Libellé du bouton</translation>
    </message>
    <message>
        <source>Optional: stored instead of the label</source>
        <translation>Facultatif&#xa0;: enregistré à la place du libellé</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Bouton</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Valeur enregistrée</translation>
    </message>
    <message>
        <source>Answer {n}</source>
        <translation>Réponse {n}</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Autosave failed: {0}</source>
        <translation>L&apos;enregistrement automatique a échoué&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>… and {0} more ({1})</source>
        <translation>… et {0} de plus ({1})</translation>
    </message>
</context>
<context>
    <name>CardTypeList</name>
    <message>
        <source>{0}: {1}. Drag it onto the canvas, or double-click to add it.</source>
        <translation>{0}&#xa0;: {1}. Faites-la glisser sur le canevas, ou double-cliquez pour l&apos;ajouter.</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transférer…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Select a chat to read it and answer.</source>
        <translation>Sélectionnez un chat pour le lire et y répondre.</translation>
    </message>
    <message>
        <source>offered to you</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>transferring to {0}…</source>
        <translation>transfert vers {0}…</translation>
    </message>
    <message>
        <source>Accept the chat to answer {0}.</source>
        <translation>Acceptez le chat pour répondre à {0}.</translation>
    </message>
    <message>
        <source>Offered to {0}: the chat stays with you until they accept.</source>
        <translation>Proposé à {0}&#xa0;: le chat reste à vous tant qu&apos;il n&apos;est pas accepté.</translation>
    </message>
    <message>
        <source>Reply as {0} (Enter sends, Shift+Enter for a new line)</source>
        <translation>Répondre en tant que {0} (Entrée envoie, Maj+Entrée pour aller à la ligne)</translation>
    </message>
    <message>
        <source>This chat has ended.</source>
        <translation>Ce chat est terminé.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Team {0}</source>
        <translation>Équipe {0}</translation>
    </message>
</context>
<context>
    <name>CommonFields</name>
    <message>
        <source>Shown on the canvas</source>
        <translation>Affiché sur le canevas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Make this the start card</source>
        <translation>En faire la carte de départ</translation>
    </message>
    <message>
        <source>Opening line beside the chat icon</source>
        <translation>Phrase d&apos;accroche à côté de l&apos;icône du chat</translation>
    </message>
    <message>
        <source>Poke (start card only)</source>
        <translation>Accroche (carte de départ seulement)</translation>
    </message>
    <message>
        <source>{kind} card · {id}</source>
        <translation>Carte {kind} · {id}</translation>
    </message>
    <message>
        <source>Visitors start here.</source>
        <translation>Les visiteurs commencent ici.</translation>
    </message>
    <message>
        <source>Not the start card.</source>
        <translation>Ce n&apos;est pas la carte de départ.</translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <source>Visitors take the first outcome whose conditions all hold.</source>
        <translation>Les visiteurs prennent la première issue dont toutes les conditions sont remplies.</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>No outcomes yet: every visitor takes the else branch.</source>
        <translation>Pas encore d&apos;issue&#xa0;: tous les visiteurs prennent la branche «&#xa0;sinon&#xa0;».</translation>
    </message>
    <message>
        <source>Add outcome</source>
        <translation>Ajouter une issue</translation>
    </message>
    <message>
        <source>Otherwise</source>
        <translation>Sinon</translation>
    </message>
    <message>
        <source>Else branch label</source>
        <translation>Libellé de la branche «&#xa0;sinon&#xa0;»</translation>
    </message>
    <message>
        <source>Outcome {n}</source>
        <translation>Issue {n}</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Every visitor (no condition yet).</source>
        <translation>Tous les visiteurs (pas encore de condition).</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Ajouter une condition</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <source>Remove this condition</source>
        <translation>Supprimer cette condition</translation>
    </message>
    <message>
        <source>field, e.g. budget</source>
        <translation>champ, par ex. budget</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>country codes, e.g. FR, BE</source>
        <translation>codes de pays, par ex. FR, BE</translation>
    </message>
    <message>
        <source>e.g. FR or France</source>
        <translation>par ex. FR ou France</translation>
    </message>
    <message>
        <source>e.g. /pricing, /plans</source>
        <translation>par ex. /tarifs, /offres</translation>
    </message>
    <message>
        <source>e.g. /pricing</source>
        <translation>par ex. /tarifs</translation>
    </message>
    <message>
        <source>e.g. Paris, Lyon</source>
        <translation>par ex. Paris, Lyon</translation>
    </message>
    <message>
        <source>e.g. Paris</source>
        <translation>par ex. Paris</translation>
    </message>
    <message>
        <source>e.g. CA, Île-de-France</source>
        <translation>par ex. CA, Île-de-France</translation>
    </message>
    <message>
        <source>e.g. Île-de-France</source>
        <translation>par ex. Île-de-France</translation>
    </message>
    <message>
        <source>e.g. {values}</source>
        <translation>par ex. {values}</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>If</source>
        <translation>Si</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation>valeurs, séparées par des virgules</translation>
    </message>
</context>
<context>
    <name>DialogActions</name>
    <message>
        <source>&amp;Auto-layout</source>
        <translation>&amp;Disposition automatique</translation>
    </message>
    <message>
        <source>Arrange the cards in layers, top to bottom</source>
        <translation>Range les cartes par couches, de haut en bas</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Check the dialog and list its problems</source>
        <translation>Vérifie le dialogue et liste ses problèmes</translation>
    </message>
    <message>
        <source>Set as &amp;Start Card</source>
        <translation>Définir comme carte de &amp;départ</translation>
    </message>
    <message>
        <source>Visitors enter the dialog at the selected card</source>
        <translation>Les visiteurs entrent dans le dialogue par la carte sélectionnée</translation>
    </message>
    <message>
        <source>Manage &amp;Agents and Teams…</source>
        <translation>Gérer les &amp;agents et les équipes…</translation>
    </message>
    <message>
        <source>Add agents, grant Live Chat, group agents into teams</source>
        <translation>Ajoutez des agents, accordez le Chat en direct, regroupez les agents en équipes</translation>
    </message>
    <message>
        <source>Auto-layout is not available in this build.</source>
        <translation>La disposition automatique n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Disposition automatique</translation>
    </message>
    <message>
        <source>Cards arranged; Undo puts them back.</source>
        <translation>Cartes rangées&#xa0;; Annuler les remet en place.</translation>
    </message>
    <message>
        <source>Managing agents and teams is not available in this build.</source>
        <translation>La gestion des agents et des équipes n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Agents and teams</source>
        <translation>Agents et équipes</translation>
    </message>
</context>
<context>
    <name>DialogProperties</name>
    <message>
        <source>Dialog</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <source>Select a card on the canvas to edit it.</source>
        <translation>Sélectionnez une carte sur le canevas pour la modifier.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>e.g. en, fr or pt-BR</source>
        <translation>par ex. en, fr ou pt-BR</translation>
    </message>
    <message>
        <source>Use a language code such as en, fr or pt-BR.</source>
        <translation>Utilisez un code de langue comme en, fr ou pt-BR.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Start card</source>
        <translation>Carte de départ</translation>
    </message>
    <message>
        <source>— choose the first card —</source>
        <translation>— choisissez la première carte —</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>choose where to save the dialog</source>
        <translation>choisissez où enregistrer le dialogue</translation>
    </message>
    <message>
        <source>could not be saved: {0}; choose a folder you can write to</source>
        <translation>enregistrement impossible&#xa0;: {0}&#xa0;; choisissez un dossier où vous pouvez écrire</translation>
    </message>
    <message>
        <source>could not be saved: {0}; the previous file is unchanged</source>
        <translation>enregistrement impossible&#xa0;: {0}&#xa0;; le fichier précédent est inchangé</translation>
    </message>
    <message>
        <source>Insert card</source>
        <translation>Insérer une carte</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Supprimer la carte</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Supprimer %n carte</numerusform>
            <numerusform>Supprimer %n cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste card</source>
        <translation>Coller la carte</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>Coller %n carte</numerusform>
            <numerusform>Coller %n cartes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Move the selected cards to the clipboard</source>
        <translation>Déplace les cartes sélectionnées dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy the selected cards (paste them in any window)</source>
        <translation>Copie les cartes sélectionnées (collez-les dans n&apos;importe quelle fenêtre)</translation>
    </message>
    <message>
        <source>Paste cards from the clipboard</source>
        <translation>Colle les cartes du presse-papiers</translation>
    </message>
    <message>
        <source>Copy the selected cards next to them</source>
        <translation>Copie les cartes sélectionnées à côté d&apos;elles</translation>
    </message>
    <message>
        <source>Delete the selected cards and links</source>
        <translation>Supprime les cartes et les liens sélectionnés</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n card(s)</source>
        <translation>
            <numerusform>%n carte copiée</numerusform>
            <numerusform>%n cartes copiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n card(s)</source>
        <translation>
            <numerusform>Couper %n carte</numerusform>
            <numerusform>Couper %n cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete selection</source>
        <translation>Supprimer la sélection</translation>
    </message>
</context>
<context>
    <name>EndEditor</name>
    <message>
        <source>Optional closing line</source>
        <translation>Phrase de conclusion facultative</translation>
    </message>
    <message>
        <source>Closing message</source>
        <translation>Message de fin</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Conversation Script (&amp;Markdown)…</source>
        <translation>Script de conversation (&amp;Markdown)…</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Conversation Script (&amp;HTML)…</source>
        <translation>Script de conversation (&amp;HTML)…</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>Page HTML (*.html)</translation>
    </message>
    <message>
        <source>Picture (&amp;PNG)…</source>
        <translation>Image (&amp;PNG)…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Picture (&amp;SVG)…</source>
        <translation>Image (&amp;SVG)…</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>&amp;Dialog File…</source>
        <translation>Fichier de &amp;dialogue…</translation>
    </message>
    <message>
        <source>Dialog files (*.json)</source>
        <translation>Fichiers de dialogue (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Every conversation path as Markdown, for reviewers</source>
        <translation>Tous les parcours de conversation en Markdown, pour les relecteurs</translation>
    </message>
    <message>
        <source>Every conversation path as a web page, for reviewers</source>
        <translation>Tous les parcours de conversation en page web, pour les relecteurs</translation>
    </message>
    <message>
        <source>A picture of the flow as PNG</source>
        <translation>Une image du flux en PNG</translation>
    </message>
    <message>
        <source>A picture of the flow as SVG</source>
        <translation>Une image du flux en SVG</translation>
    </message>
    <message>
        <source>Save a copy of the dialog; this window keeps its file</source>
        <translation>Enregistre une copie du dialogue&#xa0;; cette fenêtre garde son fichier</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>{0} exporté</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… et {0} de plus</translation>
    </message>
    <message>
        <source>Export anyway?</source>
        <translation>Exporter quand même&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>This dialog has %n error(s), so what you export may not be what visitors will see:

{0}

Export anyway?</source>
        <translation>
            <numerusform>Ce dialogue contient %n erreur&#xa0;: ce que vous exportez risque de ne pas être ce que verront les visiteurs&#xa0;:

{0}

Exporter quand même&#xa0;?</numerusform>
            <numerusform>Ce dialogue contient %n erreurs&#xa0;: ce que vous exportez risque de ne pas être ce que verront les visiteurs&#xa0;:

{0}

Exporter quand même&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>Asks for</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Stored as, e.g. budget</source>
        <translation>Enregistré sous, par ex. budget</translation>
    </message>
    <message>
        <source>Field name</source>
        <translation>Nom du champ</translation>
    </message>
    <message>
        <source>What the bot asks</source>
        <translation>Ce que demande le bot</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Grey hint in the answer box</source>
        <translation>Indication grisée dans la zone de réponse</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Texte indicatif</translation>
    </message>
    <message>
        <source>Free text; or choices: Small, Medium, Large</source>
        <translation>Texte libre&#xa0;; ou des choix&#xa0;: Petit, Moyen, Grand</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>No check</source>
        <translation>Aucune vérification</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Skip the question</source>
        <translation>Sauter la question</translation>
    </message>
    <message>
        <source>Ask again and overwrite</source>
        <translation>Redemander et remplacer</translation>
    </message>
    <message>
        <source>If known</source>
        <translation>Si déjà connu</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Field {n} · {kind}</source>
        <translation>Champ {n} · {kind}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start an empty dialog</source>
        <translation>Commence un dialogue vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a dialog file</source>
        <translation>Ouvre un fichier de dialogue</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the dialog</source>
        <translation>Enregistre le dialogue</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the dialog under a new name</source>
        <translation>Enregistre le dialogue sous un nouveau nom</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Ferme cette fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close every window and leave Stream Designer</source>
        <translation>Ferme toutes les fenêtres et quitte Stream Designer</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “{0}” before closing it?</source>
        <translation>Enregistrer les modifications de «&#xa0;{0}&#xa0;» avant de le fermer&#xa0;?</translation>
    </message>
    <message>
        <source>New dialog</source>
        <translation>Nouveau dialogue</translation>
    </message>
    <message>
        <source>Open dialog</source>
        <translation>Ouvrir un dialogue</translation>
    </message>
    <message>
        <source>Dialog files (*.json);;All files (*)</source>
        <translation>Fichiers de dialogue (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not open the dialog</source>
        <translation>Impossible d&apos;ouvrir le dialogue</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>{0} ouvert</translation>
    </message>
    <message>
        <source>Save dialog as</source>
        <translation>Enregistrer le dialogue sous</translation>
    </message>
    <message>
        <source>Could not save the dialog</source>
        <translation>Impossible d&apos;enregistrer le dialogue</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} enregistré</translation>
    </message>
    <message>
        <source>No recent dialogs</source>
        <translation>Aucun dialogue récent</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Ouvrir un fichier récent</translation>
    </message>
    <message>
        <source>{0} is no longer there (moved or deleted); it was removed from the list.</source>
        <translation>{0} n&apos;existe plus (déplacé ou supprimé)&#xa0;; il a été retiré de la liste.</translation>
    </message>
</context>
<context>
    <name>GoToEditor</name>
    <message>
        <source>Jump to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>Loops are allowed; they are drawn on the canvas.</source>
        <translation>Les boucles sont permises&#xa0;; elles sont dessinées sur le canevas.</translation>
    </message>
    <message>
        <source>— choose a card —</source>
        <translation>— choisissez une carte —</translation>
    </message>
    <message>
        <source>{id} (missing card)</source>
        <translation>{id} (carte introuvable)</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Invisible to the visitor: counts a conversion.</source>
        <translation>Invisible pour le visiteur&#xa0;: compte une conversion.</translation>
    </message>
    <message>
        <source>e.g. Sales lead</source>
        <translation>par ex. Prospect commercial</translation>
    </message>
    <message>
        <source>Goal name</source>
        <translation>Nom de l&apos;objectif</translation>
    </message>
    <message>
        <source>Conversation score (0-3)</source>
        <translation>Score de la conversation (0-3)</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>see the package</source>
        <translation>voir le paquet</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Open the user guide in your web browser (no network)</source>
        <translation>Ouvre le guide de l&apos;utilisateur dans votre navigateur (sans réseau)</translation>
    </message>
    <message>
        <source>Show the &amp;Tour</source>
        <translation>Afficher la &amp;visite guidée</translation>
    </message>
    <message>
        <source>Four steps: cards, canvas, inspector, preview</source>
        <translation>Quatre étapes&#xa0;: cartes, canevas, inspecteur, aperçu</translation>
    </message>
    <message>
        <source>&amp;About Stream Designer</source>
        <translation>À &amp;propos de Stream Designer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Pick a card</source>
        <translation>Choisissez une carte</translation>
    </message>
    <message>
        <source>The &lt;b&gt;Cards&lt;/b&gt; panel on the left holds every kind of card. Drag one onto the canvas, or double-click it to add it in the middle of the view.</source>
        <translation>Le panneau &lt;b&gt;Cartes&lt;/b&gt;, à gauche, contient tous les types de cartes. Faites-en glisser une sur le canevas, ou double-cliquez dessus pour l&apos;ajouter au milieu de la vue.</translation>
    </message>
    <message>
        <source>Select a card to edit its words, answers and routing in the &lt;b&gt;Inspector&lt;/b&gt; on the right. Every change can be undone with Ctrl+Z.</source>
        <translation>Sélectionnez une carte pour modifier ses textes, ses réponses et son routage dans l&apos;&lt;b&gt;Inspecteur&lt;/b&gt;, à droite. Chaque modification peut être annulée avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Link the flow</source>
        <translation>Reliez le flux</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;canvas&lt;/b&gt;, drag from an answer&apos;s dot to a card to link them. Ctrl+wheel zooms, Space+drag pans, Ctrl+0 shows the whole dialog.</source>
        <translation>Sur le &lt;b&gt;canevas&lt;/b&gt;, faites glisser le point d&apos;une réponse jusqu&apos;à une carte pour les relier. Ctrl+molette zoome, Espace+glisser déplace la vue, Ctrl+0 montre tout le dialogue.</translation>
    </message>
    <message>
        <source>Fill in the details</source>
        <translation>Complétez les détails</translation>
    </message>
    <message>
        <source>Try it as a visitor</source>
        <translation>Essayez-le en tant que visiteur</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;F5&lt;/b&gt; to play the dialog in the &lt;b&gt;Preview&lt;/b&gt; panel, and watch the visitor&apos;s way light up on the canvas.</source>
        <translation>Appuyez sur &lt;b&gt;F5&lt;/b&gt; pour jouer le dialogue dans le panneau &lt;b&gt;Aperçu&lt;/b&gt;, et regardez le parcours du visiteur s&apos;allumer sur le canevas.</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>Le guide de l&apos;utilisateur est absent de cette installation.</translation>
    </message>
    <message>
        <source>No program could open the user guide: {0}</source>
        <translation>Aucun programme n&apos;a pu ouvrir le guide de l&apos;utilisateur&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Save as Text…</source>
        <translation>Enregistrer en texte…</translation>
    </message>
    <message>
        <source>No workspace yet: preview conversations are kept once it exists.</source>
        <translation>Pas encore d&apos;espace de travail&#xa0;: les conversations d&apos;aperçu seront conservées dès qu&apos;il existera.</translation>
    </message>
    <message>
        <source>No preview conversations yet.</source>
        <translation>Pas encore de conversation d&apos;aperçu.</translation>
    </message>
    <message>
        <source>Choose a conversation to read its transcript.</source>
        <translation>Choisissez une conversation pour lire sa transcription.</translation>
    </message>
    <message>
        <source>Save Transcript</source>
        <translation>Enregistrer la transcription</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>The transcript could not be saved: {0}. Choose a folder you can write to.</source>
        <translation>La transcription n&apos;a pas pu être enregistrée&#xa0;: {0}. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>InboxDock</name>
    <message>
        <source>Agent Inbox</source>
        <translation>Boîte de réception de l&apos;agent</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>The agent you play</source>
        <translation>L&apos;agent que vous incarnez</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Only available agents are offered chats (in this preview only)</source>
        <translation>Seuls les agents disponibles se voient proposer des chats (dans cet aperçu uniquement)</translation>
    </message>
    <message>
        <source>When simulated:</source>
        <translation>En simulation&#xa0;:</translation>
    </message>
    <message>
        <source>Don&apos;t answer</source>
        <translation>Ne pas répondre</translation>
    </message>
    <message>
        <source>What this simulated agent does with a chat offered to them: Decline and Don&apos;t answer let you see the next agent tried, then the fallback (in this preview only)</source>
        <translation>Ce que fait cet agent simulé d&apos;un chat qui lui est proposé&#xa0;: Refuser et Ne pas répondre montrent l&apos;agent essayé ensuite, puis le message de secours (dans cet aperçu seulement)</translation>
    </message>
    <message>
        <source>Active chats</source>
        <translation>Chats actifs</translation>
    </message>
    <message>
        <source>All chats</source>
        <translation>Tous les chats</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agent&#xa0;:</translation>
    </message>
    <message>
        <source>No agents to play yet. Add them in Dialog ▸ Manage Agents and Teams, then start the preview.</source>
        <translation>Pas encore d&apos;agent à incarner. Ajoutez-en dans Dialogue ▸ Gérer les agents et les équipes, puis lancez l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Start the preview (F5) to see its agents here.</source>
        <translation>Lancez l&apos;aperçu (F5) pour voir ses agents ici.</translation>
    </message>
    <message>
        <source>(simulated)</source>
        <translation>(simulé)</translation>
    </message>
    <message>
        <source>(no Live Chat)</source>
        <translation>(sans Chat en direct)</translation>
    </message>
    <message numerus="yes">
        <source>%n unread chat(s)</source>
        <translation>
            <numerusform>%n chat non lu</numerusform>
            <numerusform>%n chats non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} has no Live Chat permission: routing never offers them a chat.</source>
        <translation>{0} n&apos;a pas l&apos;autorisation Chat en direct&#xa0;: le routage ne lui propose jamais de chat.</translation>
    </message>
    <message>
        <source>{0} is simulated and answers by themselves; you may answer too.</source>
        <translation>{0} est simulé et répond tout seul&#xa0;; vous pouvez répondre aussi.</translation>
    </message>
    <message>
        <source>{0} s to accept</source>
        <translation>{0} s pour accepter</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <source>New chat for {0}</source>
        <translation>Nouveau chat pour {0}</translation>
    </message>
    <message>
        <source>{0} from {1}</source>
        <translation>{0} de {1}</translation>
    </message>
</context>
<context>
    <name>InfoCaptureEditor</name>
    <message>
        <source>Optional: shown before the first field</source>
        <translation>Facultatif&#xa0;: affiché avant le premier champ</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Texte de consentement</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>No fields yet: add what the bot should ask for.</source>
        <translation>Pas encore de champ&#xa0;: ajoutez ce que le bot doit demander.</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Ajouter un champ</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
</context>
<context>
    <name>KeptRuns</name>
    <message>
        <source>No run of this dialog is kept yet. After a simulation, choose “Keep in workspace” to compare it with later runs.</source>
        <translation>Aucune exécution de ce dialogue n&apos;est encore conservée. Après une simulation, choisissez «&#xa0;Conserver dans l’espace de travail&#xa0;» pour la comparer aux suivantes.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>, seed {0}</source>
        <translation>, graine {0}</translation>
    </message>
    <message>
        <source>{0} — {1} visitors{2}</source>
        <translation>{0} — {1} visiteurs{2}</translation>
    </message>
    <message>
        <source>Run {0} of {1}</source>
        <translation>Exécution {0} de {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo History</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouvert&gt;</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>The inspector is not available in this build.</source>
        <translation>L&apos;inspecteur n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Dialog</source>
        <translation>&amp;Dialogue</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>{0}[*] — {1}</source>
        <translation>{0}[*] — {1}</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>What the bot says</source>
        <translation>Ce que dit le bot</translation>
    </message>
    <message>
        <source>Unknown visitors see the default: {{first_name:&quot;there&quot;}}</source>
        <translation>Les visiteurs inconnus voient la valeur par défaut&#xa0;: {{first_name:&quot;à vous&quot;}}</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>MixEditor</name>
    <message>
        <source>Profile mix (*.json);;All files (*)</source>
        <translation>Population de visiteurs (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Page URL</source>
        <translation>URL de la page</translation>
    </message>
    <message>
        <source>Drop rate</source>
        <translation>Taux d&apos;abandon</translation>
    </message>
    <message>
        <source>The chance a visitor leaves at each step where they must answer</source>
        <translation>La probabilité qu&apos;un visiteur parte à chaque étape où il doit répondre</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Charger…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Default mix</source>
        <translation>Population par défaut</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time between visitors (mean):</source>
        <translation>Temps entre deux visiteurs (moyenne)&#xa0;:</translation>
    </message>
    <message>
        <source>Length of a live chat (mean):</source>
        <translation>Durée d&apos;un chat en direct (moyenne)&#xa0;:</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>row {0}, {1}: {2}</source>
        <translation>ligne {0}, {1}&#xa0;: {2}</translation>
    </message>
    <message>
        <source>the mix has no visitor profile; add one, or choose Default mix</source>
        <translation>la population n&apos;a aucun profil de visiteur&#xa0;; ajoutez-en un, ou choisissez Population par défaut</translation>
    </message>
    <message>
        <source>New visitors</source>
        <translation>Nouveaux visiteurs</translation>
    </message>
    <message>
        <source>Known fields: {0}</source>
        <translation>Champs connus&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Answers at {0}: {1}</source>
        <translation>Réponses à {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Load a visitor mix</source>
        <translation>Charger une population de visiteurs</translation>
    </message>
    <message>
        <source>Save the visitor mix</source>
        <translation>Enregistrer la population de visiteurs</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Stream Designer: agent inbox</source>
        <translation>Stream Designer&#xa0;: boîte de réception de l&apos;agent</translation>
    </message>
</context>
<context>
    <name>OutcomeRow</name>
    <message>
        <source>e.g. Agents online</source>
        <translation>par ex. Agents en ligne</translation>
    </message>
    <message>
        <source>Branch label</source>
        <translation>Libellé de la branche</translation>
    </message>
    <message>
        <source>Outcome {n}</source>
        <translation>Issue {n}</translation>
    </message>
</context>
<context>
    <name>PaletteDock</name>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
</context>
<context>
    <name>PreviewActions</name>
    <message>
        <source>&amp;Start Preview</source>
        <translation>&amp;Lancer l&apos;aperçu</translation>
    </message>
    <message>
        <source>Play the dialog as a visitor in the Preview panel</source>
        <translation>Joue le dialogue en tant que visiteur dans le panneau Aperçu</translation>
    </message>
    <message>
        <source>&amp;Restart Preview</source>
        <translation>&amp;Relancer l&apos;aperçu</translation>
    </message>
    <message>
        <source>Start the conversation again from the first card</source>
        <translation>Recommence la conversation depuis la première carte</translation>
    </message>
    <message>
        <source>S&amp;top Preview</source>
        <translation>Arrê&amp;ter l&apos;aperçu</translation>
    </message>
    <message>
        <source>Agent &amp;Inbox</source>
        <translation>&amp;Boîte de réception de l&apos;agent</translation>
    </message>
    <message>
        <source>Play the agents who receive the preview&apos;s chats</source>
        <translation>Incarnez les agents qui reçoivent les chats de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Preview &amp;Panel</source>
        <translation>&amp;Panneau d&apos;aperçu</translation>
    </message>
</context>
<context>
    <name>PreviewDock</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Play this dialog as a visitor (F5)</source>
        <translation>Jouer ce dialogue en tant que visiteur (F5)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Open inbox</source>
        <translation>Ouvrir la boîte de réception</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Leave this optional field empty</source>
        <translation>Laisser ce champ facultatif vide</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Press Start (F5) to play this dialog as a visitor.</source>
        <translation>Appuyez sur Lancer (F5) pour jouer ce dialogue en tant que visiteur.</translation>
    </message>
    <message>
        <source>Preview of “{0}” as a visitor from {1}.</source>
        <translation>Aperçu de «&#xa0;{0}&#xa0;» par un visiteur de {1}.</translation>
    </message>
    <message>
        <source>Preview stopped. Press Start (F5) to play again.</source>
        <translation>Aperçu arrêté. Appuyez sur Lancer (F5) pour rejouer.</translation>
    </message>
    <message>
        <source>(left empty)</source>
        <translation>(laissé vide)</translation>
    </message>
    <message>
        <source>★ Goal reached: {0} (score {1}); visitors do not see this.</source>
        <translation>★ Objectif atteint&#xa0;: {0} (score {1})&#xa0;; les visiteurs ne le voient pas.</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Non accepté</translation>
    </message>
    <message>
        <source>{0} is offered this chat in the Agent inbox: accept it there as {0}.</source>
        <translation>Ce chat est proposé à {0} dans la boîte de réception des agents&#xa0;: acceptez-le là-bas en tant que {0}.</translation>
    </message>
    <message>
        <source>{0} is a simulated agent set to decline chats.</source>
        <translation>{0} est un agent simulé réglé pour refuser les chats.</translation>
    </message>
    <message>
        <source>{0} is a simulated agent set not to answer: the offer will time out.</source>
        <translation>{0} est un agent simulé réglé pour ne pas répondre&#xa0;: la proposition va expirer.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>{0} is a simulated agent and answers by themselves.</source>
        <translation>{0} est un agent simulé et répond tout seul.</translation>
    </message>
    <message>
        <source>{0} has this chat in the Agent inbox: answer there as {0}.</source>
        <translation>{0} a ce chat dans la boîte de réception de l&apos;agent&#xa0;: répondez-y en tant que {0}.</translation>
    </message>
    <message>
        <source>Routing at “{0}”</source>
        <translation>Routage à «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Conversation ended: nobody could take the chat, so the visitor got the fallback message.</source>
        <translation>Conversation terminée&#xa0;: personne n&apos;a pu prendre le chat, le visiteur a donc reçu le message de secours.</translation>
    </message>
    <message>
        <source>Conversation ended: the dialog reached an End card.</source>
        <translation>Conversation terminée&#xa0;: le dialogue a atteint une carte Fin.</translation>
    </message>
    <message>
        <source>Conversation ended: the visitor left.</source>
        <translation>Conversation terminée&#xa0;: le visiteur est parti.</translation>
    </message>
    <message>
        <source>Conversation ended: {0}.</source>
        <translation>Conversation terminée&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Waiting for {0}: you can write already…</source>
        <translation>En attente de {0}&#xa0;: vous pouvez déjà écrire…</translation>
    </message>
    <message>
        <source>Write to {0}…</source>
        <translation>Écrire à {0}…</translation>
    </message>
    <message>
        <source>Type your answer…</source>
        <translation>Tapez votre réponse…</translation>
    </message>
    <message>
        <source>Choose an answer above</source>
        <translation>Choisissez une réponse ci-dessus</translation>
    </message>
    <message>
        <source>The conversation is over: Restart to play it again</source>
        <translation>La conversation est terminée&#xa0;: Relancer pour la rejouer</translation>
    </message>
    <message>
        <source>Press Start to play the dialog</source>
        <translation>Appuyez sur Lancer pour jouer le dialogue</translation>
    </message>
    <message>
        <source>Another visitor profile: the preview restarted.</source>
        <translation>Autre profil de visiteur&#xa0;: l&apos;aperçu a redémarré.</translation>
    </message>
    <message>
        <source>The visitor profile changed: Restart to play as this visitor.</source>
        <translation>Le profil du visiteur a changé&#xa0;: Relancer pour jouer avec ce visiteur.</translation>
    </message>
</context>
<context>
    <name>PreviewRun</name>
    <message>
        <source>The dialog changed: the preview restarted.</source>
        <translation>Le dialogue a changé&#xa0;: l&apos;aperçu a redémarré.</translation>
    </message>
    <message>
        <source>There are no agents yet, so a Live Chat card gives its fallback message. Add agents in Dialog ▸ Manage Agents and Teams.</source>
        <translation>Il n&apos;y a pas encore d&apos;agent, une carte Chat en direct donne donc son message de secours. Ajoutez des agents dans Dialogue ▸ Gérer les agents et les équipes.</translation>
    </message>
    <message>
        <source>Simulated agents stay silent here: the app&apos;s event loop is not running.</source>
        <translation>Les agents simulés restent muets ici&#xa0;: la boucle d&apos;événements de l&apos;application ne tourne pas.</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>(the dialog)</source>
        <translation>(le dialogue)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>No problems: the dialog is ready to preview.</source>
        <translation>Aucun problème&#xa0;: le dialogue est prêt pour l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Problems — {0}</source>
        <translation>Problèmes — {0}</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Paris, pricing page</source>
        <translation>Paris, page tarifs</translation>
    </message>
    <message>
        <source>New York</source>
        <translation>New York</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>Tokyo</translation>
    </message>
    <message>
        <source>Who visits: routing rules and conditions test this</source>
        <translation>Qui visite&#xa0;: les règles de routage et les conditions le testent</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Show the visitor&apos;s location, page and known fields</source>
        <translation>Afficher le lieu, la page et les champs connus du visiteur</translation>
    </message>
    <message>
        <source>Visitor:</source>
        <translation>Visiteur&#xa0;:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Page URL</source>
        <translation>URL de la page</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Autres champs</translation>
    </message>
    <message>
        <source>e.g. FR</source>
        <translation>par ex. FR</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>key=value; key=value</source>
        <translation>clé=valeur; clé=valeur</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>unknown location</source>
        <translation>lieu inconnu</translation>
    </message>
    <message>
        <source>Save visitor profile</source>
        <translation>Enregistrer le profil de visiteur</translation>
    </message>
    <message>
        <source>Name of this profile:</source>
        <translation>Nom de ce profil&#xa0;:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>What the bot asks</source>
        <translation>Ce que demande le bot</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>No answers yet: add the buttons visitors click.</source>
        <translation>Pas encore de réponse&#xa0;: ajoutez les boutons sur lesquels les visiteurs cliquent.</translation>
    </message>
    <message>
        <source>Add answer</source>
        <translation>Ajouter une réponse</translation>
    </message>
    <message>
        <source>Let visitors type their own answer</source>
        <translation>Laisser les visiteurs taper leur propre réponse</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <source>Store the answer in field</source>
        <translation>Enregistrer la réponse dans le champ</translation>
    </message>
    <message>
        <source>Later cards can use it, e.g. {{wants_sales}}.</source>
        <translation>Les cartes suivantes peuvent l&apos;utiliser, par ex. {{wants_sales}}.</translation>
    </message>
    <message>
        <source>Answer {n}</source>
        <translation>Réponse {n}</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stream Designer did not close properly last time.&lt;/b&gt;&lt;br&gt;It kept a copy of each dialog that had unsaved changes. Restore the ones you want to keep working on.</source>
        <translation>&lt;b&gt;Stream Designer ne s&apos;est pas fermé correctement la dernière fois.&lt;/b&gt;&lt;br&gt;Il a gardé une copie de chaque dialogue qui avait des modifications non enregistrées. Restaurez ceux sur lesquels vous voulez continuer à travailler.</translation>
    </message>
    <message>
        <source>A restored dialog opens with its changes unsaved: choose Save to keep it in its file. Close this window to decide later; the copies are kept until you restore or discard them.</source>
        <translation>Un dialogue restauré s&apos;ouvre avec ses modifications non enregistrées&#xa0;: choisissez Enregistrer pour le garder dans son fichier. Fermez cette fenêtre pour décider plus tard&#xa0;; les copies sont gardées jusqu&apos;à ce que vous les restauriez ou les abandonniez.</translation>
    </message>
    <message>
        <source>Restore All</source>
        <translation>Tout restaurer</translation>
    </message>
    <message>
        <source>Discard All…</source>
        <translation>Tout abandonner…</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Untitled dialog</source>
        <translation>Dialogue sans titre</translation>
    </message>
    <message>
        <source>Never saved</source>
        <translation>Jamais enregistré</translation>
    </message>
    <message>
        <source>{0} in {1}</source>
        <translation>{0} dans {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>Last copied {0} · {1}</source>
        <translation>Dernière copie {0} · {1}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Open this dialog with its unsaved changes</source>
        <translation>Ouvrir ce dialogue avec ses modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <source>Delete this copy for good</source>
        <translation>Supprimer cette copie définitivement</translation>
    </message>
    <message>
        <source>⚠ The file is no longer there; Save will create it again.</source>
        <translation>⚠ Le fichier n&apos;existe plus&#xa0;; Enregistrer le recréera.</translation>
    </message>
    <message>
        <source>⚠ The file was changed after this copy was made: saving the restored dialog would replace those changes (Save As keeps both).</source>
        <translation>⚠ Le fichier a été modifié après cette copie&#xa0;: enregistrer le dialogue restauré remplacerait ces modifications (Enregistrer sous garde les deux).</translation>
    </message>
    <message>
        <source>Could not restore the dialog</source>
        <translation>Impossible de restaurer le dialogue</translation>
    </message>
    <message>
        <source>Discard recovered changes</source>
        <translation>Abandonner les modifications récupérées</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to “{0}”? They cannot be brought back.</source>
        <translation>Abandonner les modifications non enregistrées de «&#xa0;{0}&#xa0;»&#xa0;? Elles ne pourront pas être récupérées.</translation>
    </message>
    <message numerus="yes">
        <source>Discard the unsaved changes to %n dialog(s)? They cannot be brought back.</source>
        <translation>
            <numerusform>Abandonner les modifications non enregistrées de %n dialogue&#xa0;? Elles ne pourront pas être récupérées.</numerusform>
            <numerusform>Abandonner les modifications non enregistrées de %n dialogues&#xa0;? Elles ne pourront pas être récupérées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete the copy</source>
        <translation>Impossible de supprimer la copie</translation>
    </message>
    <message>
        <source>today at {0}</source>
        <translation>aujourd&apos;hui à {0}</translation>
    </message>
    <message>
        <source>Recovered “{0}” from {1}: choose Save to keep it</source>
        <translation>«&#xa0;{0}&#xa0;» récupéré depuis {1}&#xa0;: choisissez Enregistrer pour le garder</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Show on canvas</source>
        <translation>Afficher sur le canevas</translation>
    </message>
    <message>
        <source>Shade cards and thicken links by how many visitors passed through them</source>
        <translation>Colore les cartes et épaissit les liens selon le nombre de visiteurs passés par eux</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Keep in workspace</source>
        <translation>Conserver dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Store this run to compare it with later ones</source>
        <translation>Conserver cette exécution pour la comparer aux suivantes</translation>
    </message>
    <message>
        <source>Run a simulation to see where visitors go: live chats per agent and team, fallback messages and where visitors leave.</source>
        <translation>Lancez une simulation pour voir où vont les visiteurs&#xa0;: chats en direct par agent et par équipe, messages de secours et endroits où les visiteurs partent.</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservée</translation>
    </message>
    <message>
        <source>The dialog changed since these results; run again to see where visitors go now.</source>
        <translation>Le dialogue a changé depuis ces résultats&#xa0;; relancez pour voir où vont les visiteurs maintenant.</translation>
    </message>
    <message>
        <source>Export the simulation results</source>
        <translation>Exporter les résultats de la simulation</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Simulation results exported to {0}</source>
        <translation>Résultats de la simulation exportés vers {0}</translation>
    </message>
    <message>
        <source>Simulation kept in the workspace as run {0}.</source>
        <translation>Simulation conservée dans l&apos;espace de travail comme exécution {0}.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Live chats per agent</source>
        <translation>Chats en direct par agent</translation>
    </message>
    <message>
        <source>No chat reached an agent.</source>
        <translation>Aucun chat n&apos;a atteint un agent.</translation>
    </message>
    <message>
        <source>Live chats per team</source>
        <translation>Chats en direct par équipe</translation>
    </message>
    <message>
        <source>No chat went to a team.</source>
        <translation>Aucun chat n&apos;est allé à une équipe.</translation>
    </message>
    <message>
        <source>Fallback messages, by reason</source>
        <translation>Messages de secours, par motif</translation>
    </message>
    <message>
        <source>No fallback.</source>
        <translation>Aucun message de secours.</translation>
    </message>
    <message>
        <source>Live chats the safety net gave out, by why the card found nobody</source>
        <translation>Chats attribués par le filet de sécurité, selon pourquoi la carte n&apos;a trouvé personne</translation>
    </message>
    <message>
        <source>Visitors who left, per card</source>
        <translation>Visiteurs partis, par carte</translation>
    </message>
    <message>
        <source>Nobody left.</source>
        <translation>Personne n&apos;est parti.</translation>
    </message>
    <message>
        <source>share of {0} live chats</source>
        <translation>part des {0} chats en direct</translation>
    </message>
    <message>
        <source>share of {0} fallbacks</source>
        <translation>part des {0} messages de secours</translation>
    </message>
    <message>
        <source>share of {0} visitors</source>
        <translation>part des {0} visiteurs</translation>
    </message>
</context>
<context>
    <name>RoutedEditor</name>
    <message>
        <source>e.g. Pick a time that suits you</source>
        <translation>par ex. Choisissez un créneau qui vous convient</translation>
    </message>
    <message>
        <source>e.g. Connecting you with our sales team…</source>
        <translation>par ex. Nous vous mettons en relation avec notre équipe commerciale…</translation>
    </message>
    <message>
        <source>Bot message</source>
        <translation>Message du bot</translation>
    </message>
    <message>
        <source>Empty: the workspace&apos;s default fallback message</source>
        <translation>Vide&#xa0;: le message de secours par défaut de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>When no slot is free</source>
        <translation>Quand aucun créneau n&apos;est libre</translation>
    </message>
    <message>
        <source>When nobody is available</source>
        <translation>Quand personne n&apos;est disponible</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
</context>
<context>
    <name>RoutingPanel</name>
    <message>
        <source>Round-robin</source>
        <translation>Round-robin</translation>
    </message>
    <message>
        <source>Chats go to the agents in turn.</source>
        <translation>Les chats sont attribués aux agents à tour de rôle.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>One chosen agent receives every chat.</source>
        <translation>Un agent choisi reçoit tous les chats.</translation>
    </message>
    <message>
        <source>Custom rules</source>
        <translation>Règles personnalisées</translation>
    </message>
    <message>
        <source>Rules tried in order name an agent or a team.</source>
        <translation>Les règles, essayées dans l&apos;ordre, désignent un agent ou une équipe.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>One team receives it, in turn within the team.</source>
        <translation>Une équipe le reçoit, à tour de rôle au sein de l&apos;équipe.</translation>
    </message>
    <message>
        <source>The agent who receives every chat</source>
        <translation>L&apos;agent qui reçoit tous les chats</translation>
    </message>
    <message>
        <source>The team that receives the chats</source>
        <translation>L&apos;équipe qui reçoit les chats</translation>
    </message>
    <message>
        <source>No rules yet: every visitor gets the fallback message.</source>
        <translation>Pas encore de règle&#xa0;: tous les visiteurs reçoivent le message de secours.</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Visitors who match no rule get the fallback message.</source>
        <translation>Les visiteurs qui ne correspondent à aucune règle reçoivent le message de secours.</translation>
    </message>
    <message>
        <source>Manage agents and teams…</source>
        <translation>Gérer les agents et les équipes…</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>There are no agents to choose from yet: add one with Manage agents and teams…</source>
        <translation>Il n&apos;y a pas encore d&apos;agent à choisir&#xa0;: ajoutez-en un avec Gérer les agents et les équipes…</translation>
    </message>
    <message>
        <source>There are no teams to choose from yet: add one with Manage agents and teams…</source>
        <translation>Il n&apos;y a pas encore d&apos;équipe à choisir&#xa0;: ajoutez-en une avec Gérer les agents et les équipes…</translation>
    </message>
    <message>
        <source>Add an agent or a team with Manage agents and teams… first.</source>
        <translation>Ajoutez d&apos;abord un agent ou une équipe avec Gérer les agents et les équipes…</translation>
    </message>
</context>
<context>
    <name>RoutingSettingsTab</name>
    <message>
        <source>When a card&apos;s routing finds nobody, offer the chat to every available agent in turn</source>
        <translation>Quand le routage d&apos;une carte ne trouve personne, proposer le chat à chaque agent disponible en round-robin</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Fallback message</source>
        <translation>Message de secours</translation>
    </message>
    <message>
        <source>What a visitor reads when no agent can take the chat. A Live Chat card can have its own.</source>
        <translation>Ce que lit un visiteur quand aucun agent ne peut prendre le chat. Une carte Chat en direct peut avoir le sien.</translation>
    </message>
    <message>
        <source>Visitor wait time</source>
        <translation>Temps d&apos;attente du visiteur</translation>
    </message>
    <message>
        <source>How long a chat offered to an agent waits for them to accept before another agent is tried.</source>
        <translation>Combien de temps un chat proposé à un agent attend qu&apos;il l&apos;accepte avant qu&apos;un autre agent soit essayé.</translation>
    </message>
    <message>
        <source>Default chat limit</source>
        <translation>Limite de chats par défaut</translation>
    </message>
    <message>
        <source>How many chats at once an agent added from now on may take; agents you already have keep theirs.</source>
        <translation>Combien de chats à la fois un agent ajouté désormais peut prendre&#xa0;; les agents existants gardent leur limite.</translation>
    </message>
    <message>
        <source>When nobody can take the chat</source>
        <translation>Quand personne ne peut prendre le chat</translation>
    </message>
    <message>
        <source>For a card whose agent is away or whose team is full. Visitors who match none of a card&apos;s custom rules, and visitors of an account whose agent cannot take the chat, still get the fallback message.</source>
        <translation>Pour une carte dont l&apos;agent est absent ou dont l&apos;équipe est complète. Les visiteurs qui ne correspondent à aucune règle personnalisée d&apos;une carte, et ceux d&apos;un compte dont l&apos;agent ne peut pas prendre le chat, reçoivent toujours le message de secours.</translation>
    </message>
    <message>
        <source>Workspace defaults</source>
        <translation>Valeurs par défaut de l&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>RuleRow</name>
    <message>
        <source>Send these visitors to</source>
        <translation>Envoyer ces visiteurs à</translation>
    </message>
    <message>
        <source>an agent</source>
        <translation>un agent</translation>
    </message>
    <message>
        <source>a team</source>
        <translation>une équipe</translation>
    </message>
    <message>
        <source>There are no agents in the workspace yet: add one with Manage agents and teams…</source>
        <translation>L&apos;espace de travail n&apos;a pas encore d&apos;agent&#xa0;: ajoutez-en un avec Gérer les agents et les équipes…</translation>
    </message>
    <message>
        <source>There are no teams in the workspace yet: add one with Manage agents and teams…</source>
        <translation>L&apos;espace de travail n&apos;a pas encore d&apos;équipe&#xa0;: ajoutez-en une avec Gérer les agents et les équipes…</translation>
    </message>
    <message>
        <source>Rule {n}</source>
        <translation>Règle {n}</translation>
    </message>
</context>
<context>
    <name>SimulationDock</name>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>&amp;Simulate Visitors…</source>
        <translation>&amp;Simuler des visiteurs…</translation>
    </message>
    <message>
        <source>Send many visitors through the dialog at once</source>
        <translation>Fait passer de nombreux visiteurs dans le dialogue en une fois</translation>
    </message>
    <message>
        <source>The same seed and visitor mix give the same results</source>
        <translation>La même graine et la même population de visiteurs donnent les mêmes résultats</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Visitor mix</source>
        <translation>Population de visiteurs</translation>
    </message>
    <message>
        <source>Kept runs</source>
        <translation>Exécutions conservées</translation>
    </message>
    <message>
        <source>Visitors:</source>
        <translation>Visiteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine&#xa0;:</translation>
    </message>
    <message>
        <source>The dialog has no start card: set one, then run again.</source>
        <translation>Le dialogue n&apos;a pas de carte de départ&#xa0;: définissez-en une, puis relancez.</translation>
    </message>
    <message>
        <source>Fix the visitor mix first: {0}</source>
        <translation>Corrigez d&apos;abord la population de visiteurs&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>{0} of {1} visitors</source>
        <translation>{0} visiteurs sur {1}</translation>
    </message>
    <message>
        <source>This run: seed {0}, {1} s.</source>
        <translation>Cette exécution&#xa0;: graine {0}, {1} s.</translation>
    </message>
    <message>
        <source>Done: {0} visitors in {1} s.</source>
        <translation>Terminé&#xa0;: {0} visiteurs en {1} s.</translation>
    </message>
    <message>
        <source>Cancelled after {0} of {1} visitors; no results.</source>
        <translation>Annulé après {0} visiteurs sur {1}&#xa0;; aucun résultat.</translation>
    </message>
    <message>
        <source>The simulation stopped: {0}</source>
        <translation>La simulation s&apos;est arrêtée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The workspace has no agents, so every visitor who reaches a Live Chat card gets the fallback message. Add agents with Dialog ▸ Manage Agents and Teams… (or &apos;designer agents add&apos; in a terminal).</source>
        <translation>L&apos;espace de travail n&apos;a aucun agent, donc tout visiteur qui atteint une carte Chat en direct reçoit le message de secours. Ajoutez des agents avec Dialogue ▸ Gérer les agents et les équipes… (ou «&#xa0;designer agents add&#xa0;» dans un terminal).</translation>
    </message>
    <message>
        <source>No agent both has Live Chat and is available, so every live chat falls back. Change that in Dialog ▸ Manage Agents and Teams…</source>
        <translation>Aucun agent n&apos;a à la fois le Chat en direct et la disponibilité, donc chaque chat en direct aboutit au message de secours. Changez cela dans Dialogue ▸ Gérer les agents et les équipes…</translation>
    </message>
    <message>
        <source>Kept run {0}, {1}, seed {2}.</source>
        <translation>Exécution conservée {0}, {1}, graine {2}.</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>&amp;System ({0})</source>
        <translation>Comme le &amp;système ({0})</translation>
    </message>
</context>
<context>
    <name>TokenButton</name>
    <message>
        <source>Insert field</source>
        <translation>Insérer un champ</translation>
    </message>
    <message>
        <source>Insert a visitor field at the cursor, e.g. {{first_name}}</source>
        <translation>Insère un champ du visiteur au curseur, par ex. {{first_name}}</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>QUICK TOUR · {0} OF {1}</source>
        <translation>VISITE GUIDÉE · {0} SUR {1}</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>TourCard</name>
    <message>
        <source>Close the tour (Help ▸ Show the Tour brings it back)</source>
        <translation>Fermer la visite (Aide ▸ Afficher la visite guidée la relance)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <source>Agents and teams</source>
        <translation>Agents et équipes</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <source>Workspace: {location}</source>
        <translation>Espace de travail&#xa0;: {location}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Live Chat</source>
        <translation>Chat en direct</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Max chats</source>
        <translation>Chats max.</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simulé</translation>
    </message>
    <message>
        <source>Remove agent</source>
        <translation>Retirer l&apos;agent</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nom@entreprise.com</translation>
    </message>
    <message>
        <source>Add agent</source>
        <translation>Ajouter un agent</translation>
    </message>
    <message>
        <source>Double-click a name or email to change it.</source>
        <translation>Double-cliquez sur un nom ou un e-mail pour le modifier.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Remove {email} from the workspace and from their teams? Their account routing goes too: visitors of {domains} will follow each card&apos;s routing again. Saved transcripts stay.</source>
        <translation>Retirer {email} de l&apos;espace de travail et de ses équipes&#xa0;? Son routage par compte part aussi&#xa0;: les visiteurs de {domains} suivront de nouveau le routage de chaque carte. Les transcriptions enregistrées restent.</translation>
    </message>
    <message>
        <source>Remove {email} from the workspace and from their teams? Saved transcripts stay.</source>
        <translation>Retirer {email} de l&apos;espace de travail et de ses équipes&#xa0;? Les transcriptions enregistrées restent.</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>New team name</source>
        <translation>Nom de la nouvelle équipe</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>Ajouter une équipe</translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation>Supprimer l&apos;équipe</translation>
    </message>
    <message>
        <source>Add to team</source>
        <translation>Ajouter à l&apos;équipe</translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>Retirer de l&apos;équipe</translation>
    </message>
    <message>
        <source>Members of {team}</source>
        <translation>Membres de {team}</translation>
    </message>
    <message>
        <source>No team selected</source>
        <translation>Aucune équipe sélectionnée</translation>
    </message>
    <message>
        <source>Remove team {team}? Its agents stay in the workspace.</source>
        <translation>Supprimer l&apos;équipe {team}&#xa0;? Ses agents restent dans l&apos;espace de travail.</translation>
    </message>
</context>
</TS>
