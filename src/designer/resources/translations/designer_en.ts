<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>{0} visitor(s)</source>
        <translation>
            <numerusform>{0} visitor</numerusform>
            <numerusform>{0} visitors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Move %n card</numerusform>
            <numerusform>Move %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message numerus="yes">
        <source>{domains} and %n more</source>
        <translation>
            <numerusform>{domains} and %n more</numerusform>
            <numerusform>{domains} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) added</source>
        <translation>
            <numerusform>%n domain added</numerusform>
            <numerusform>%n domains added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved to another agent</source>
        <translation>
            <numerusform>%n moved to another agent</numerusform>
            <numerusform>%n moved to another agent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed ({domains})</source>
        <translation>
            <numerusform>%n removed ({domains})</numerusform>
            <numerusform>%n removed ({domains})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Delete %n card</numerusform>
            <numerusform>Delete %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>Paste %n card</numerusform>
            <numerusform>Paste %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message numerus="yes">
        <source>Copied %n card(s)</source>
        <translation>
            <numerusform>Copied %n card</numerusform>
            <numerusform>Copied %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n card(s)</source>
        <translation>
            <numerusform>Cut %n card</numerusform>
            <numerusform>Cut %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message numerus="yes">
        <source>This dialog has %n error(s), so what you export may not be what visitors will see:

{0}

Export anyway?</source>
        <translation>
            <numerusform>This dialog has %n error, so what you export may not be what visitors will see:

{0}

Export anyway?</numerusform>
            <numerusform>This dialog has %n errors, so what you export may not be what visitors will see:

{0}

Export anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxDock</name>
    <message numerus="yes">
        <source>%n unread chat(s)</source>
        <translation>
            <numerusform>%n unread chat</numerusform>
            <numerusform>%n unread chats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard the unsaved changes to %n dialog(s)? They cannot be brought back.</source>
        <translation>
            <numerusform>Discard the unsaved changes to %n dialog? They cannot be brought back.</numerusform>
            <numerusform>Discard the unsaved changes to %n dialogs? They cannot be brought back.</numerusform>
        </translation>
    </message>
</context>
</TS>
