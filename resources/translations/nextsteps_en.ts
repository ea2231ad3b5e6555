<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>nextsteps::AboutDialog</name>
    <message>
        <source>About Next Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the MIT License.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::Application</name>
    <message numerus="yes">
        <source>%n damaged or blank entries in the list were left out of the PDF; everything else is in it.</source>
        <translation>
            <numerusform>%n damaged or blank entry in the list was left out of the PDF; everything else is in it.</numerusform>
            <numerusform>%n damaged or blank entries in the list were left out of the PDF; everything else is in it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nextsteps::Ask</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is there already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose Another Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what you wrote?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::AutoSaver</name>
    <message>
        <source>Your list was changed outside Next Steps, and that version is shown now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list was changed outside Next Steps. Your list as it is in this window is saved, and the other version is kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list was changed outside Next Steps, and nothing could be kept aside (%1), so it was not saved over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is gone or empty now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list was changed outside Next Steps, but the changed list could not be read. %1 Your list stays as it is in this window, and is saved. A copy of it is also at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list as it was in this window is saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list as it was in this window is saved at %1, and Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::Backup</name>
    <message>
        <source>Your list could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy kept beside your list, %1, could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is far too large to be a Next Steps backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is damaged or cut short. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Next Steps. To restore it, install that version or a later one. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for your list could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you have now could not be kept first (%1), so nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy, %1, could not be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Next Steps backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::BackupKeeper</name>
    <message>
        <source>No list of questions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list that could not be read (it will be kept aside, as a damaged list is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your list: %n question(s).</source>
        <translation>
            <numerusform>Your list: %n question.</numerusform>
            <numerusform>Your list: %n questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your next visit: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n past list(s).</source>
        <translation>
            <numerusform>%n past list.</numerusform>
            <numerusform>%n past lists.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to tell the doctor.</source>
        <translation>
            <numerusform>%n thing to tell the doctor.</numerusform>
            <numerusform>%n things to tell the doctor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medicine(s).</source>
        <translation>
            <numerusform>%n medicine.</numerusform>
            <numerusform>%n medicines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in your care team.</source>
        <translation>
            <numerusform>%n person in your care team.</numerusform>
            <numerusform>%n people in your care team.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your cancer and treatments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n copy(s) of your list kept aside earlier.</source>
        <translation>
            <numerusform>%n copy of your list kept aside earlier.</numerusform>
            <numerusform>%n copies of your list kept aside earlier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next Steps backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Steps backups (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is backed up in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot be restored here, because your list can only be read in this window: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Steps backups (*.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It takes the place of what you have now. What you have now is kept first, in a backup file beside your list, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes could not be saved (%1), so nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you had is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text size %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dark colors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light colors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high contrast colors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds your health information: keep it somewhere private, such as a USB stick you keep safe. To move to a new computer, copy the file there, install Next Steps and choose Restore from a Backup in the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup made on %1 is restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you had before is kept, as a backup of its own, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go back to it, restore that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::CareContact</name>
    <message>
        <source>Oncologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurse line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palliative care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::CareTeamDialog</name>
    <message>
        <source>My Care Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers of my care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one on the list yet. Write the names and numbers below: your oncologist, the nurse line, the palliative care team, hospice, your pharmacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1 with your phone app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::ChecklistDelegate</name>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::ChecklistFormat</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is far too large to be a list of questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Next Steps question list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no valid version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not hold a list of questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds something other than text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::ChecklistModel</name>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back a past list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as not important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change visit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete something to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move something to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit something to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change immunotherapy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a past list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy questions from a past list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the changed list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::ChecklistPanel</name>
    <message>
        <source>Questions for my doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a question and press Enter to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space checks off a question as asked. F2 edits it. Control and the arrow keys move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past &amp;Lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the &amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as As&amp;ked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visit Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”. Press Ctrl+Z to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a question first, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That question is already on your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your questions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n asked</source>
        <translation>
            <numerusform>%1 of %n asked</numerusform>
            <numerusform>%1 of %n asked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n important</source>
        <translation>
            <numerusform>%n important</numerusform>
            <numerusform>%n important</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an answer</source>
        <translation>
            <numerusform>%n with an answer</numerusform>
            <numerusform>%n with an answer</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as Not As&amp;ked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Not &amp;Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Asked or Not Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Important or Not Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your own question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print your list, see it first, or save it as a PDF or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only here, because %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a New List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list cannot be changed here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the Visit to My &amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions yet. Write one in the question box, or add one from any topic.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::ChecklistPrintout</name>
    <message>
        <source>Questions for my doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My name: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMPORTANT: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to tell my doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how bad: %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after hours %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To bring: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have had immunotherapy: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its side effects can start months after the last dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since when: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::ChecklistStore</name>
    <message>
        <source>There is a folder where the list should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy could not be made (%1), so the file is left as it is and changes will not be saved over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a folder where the list should be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your saved list could not be read: 1 entry was damaged and left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your saved list could not be read: %1 entries were damaged and left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else is here. A copy of the original file is kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved list could not be opened. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list was saved by a newer version of Next Steps. You can read it here, but changes will not be saved, so that nothing in it is lost. Please update Next Steps to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the list in %1: it is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the list in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the list in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list is very large (%1 MB). Next Steps can save lists of up to %2 MB: please make some long answers shorter, or delete past lists you no longer need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than Next Steps can open (%1 MB; the most is %2 MB). It is left exactly as it is, and nothing is saved over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list is kept through a link that leads to %1, but there is nothing there now (perhaps a drive is not connected, or a folder was moved or renamed). Nothing is saved until you choose: connect the drive and start Next Steps again, or start a new, empty list here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was saved by a newer version of Next Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link to your list leads nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read safely and is left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list is too large to save (%1 MB; the most is %2 MB). Please make some long answers shorter, or delete past lists you no longer need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list could not be read. %1 Nothing has been deleted: we kept the file as %2 and started a new, empty list. Help &gt; Where Is My List Saved? shows where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When Next Steps last stopped, a save was cut short. What it was saving is kept at %1; your list opens as it was saved before that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::ChecklistTabs</name>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to tell my doctor: symptoms and changes since the last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for my doctor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::ChooseSymptomsDialog</name>
    <message>
        <source>Choose What to Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what you want to score each day. Space ticks or unticks the one chosen. Scores already written stay in the diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What to track:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something of your own to track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something of your &amp;own:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track my w&amp;eight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight in &amp;pounds (not kilograms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::ColumnFitter</name>
    <message>
        <source>There is no room for this at this text size: Ctrl+Minus makes the text smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading pane is as wide as it can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading pane is as narrow as it can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topics and your questions are put away to make room: View &gt; Panes &gt; Show Topics and Show My Questions bring them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topics are put away to make room: View &gt; Panes &gt; Show Topics brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your questions are put away to make room: View &gt; Panes &gt; Show My Questions brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is room again: the parts put away are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2; F6 goes to the next part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One part of the window at a time at this text size: F6 goes to the next (Topics, Reading, My Questions).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::CommandLine</name>
    <message>
        <source>Next Steps: a plain-language guide and a list of questions for your doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and save the question list in FILE instead of the usual one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the question list as a PDF to OUT and quit, without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-pdf needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question list to open, as with --checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1 (Next Steps opens one list at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two lists were named (%1 and %2): name one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::DateField</name>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day on a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day on a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour:minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date this field can read. Type the %2, for example %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time this field can read. Type the hour and minutes, for example 10:30 am or 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar: the arrows choose a day, Enter takes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the hour and minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::DecisionsKeeper</name>
    <message>
        <source>Print What M&amp;atters and My Wishes With My Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add questions from Where I stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to what matters and my wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n question(s) about your wishes to your list.</source>
        <translation>
            <numerusform>Added %n question about your wishes to your list.</numerusform>
            <numerusform>Added %n questions about your wishes to your list.</numerusform>
        </translation>
    </message>
    <message>
        <source>What you wrote in Thinking It Through is kept. File &gt; Thinking It Through… opens it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::DecisionsPrintout</name>
    <message>
        <source>%1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the one beside me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not important, a little, a lot, or most of all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where I stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I lean toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes / No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would help me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who speaks for me if I can’t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters most to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have an advance directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a POLST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to me and my wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a legal document. It helps me talk with my family and my care team. My state has its own forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I want to talk about this with my doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <comment>advance directive</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <comment>POLST</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::DiaryCharts</name>
    <message>
        <source>The last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All on one chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One chart each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers in a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scores in these days yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::DiaryEntryForm</name>
    <message>
        <source>Da&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep These Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose What to &amp;Track…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is none, 10 is the worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores for a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That day has not come yet. Choose today or a day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each, 0 is none and 10 is the worst. Type a number or use the arrow keys; Enter goes on to the next; Delete leaves “–” (not scored). Each score is kept as you type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is %1 %2 right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is far from the last weight, %1 %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, It Is Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Let Me Fix It</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::DiaryKeeper</name>
    <message>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I’ve been: my symptom diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print My Diary W&amp;ith My Questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::DiaryPane</name>
    <message>
        <source>How I’ve been</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores for a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since my last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Te&amp;xt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This diary was written by a newer version of Next Steps. You can read it here, but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list can only be read here, so the diary cannot be changed either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last visit was %1. “Then” is your score on that day or just before; “Highest” is since then. Scores go from 0 (none) to 10 (the worst).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit yet: these are since the diary began. Scores go from 0 (none) to 10 (the worst).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes in breathing, swallowing, pain, coughing or the bowels are on the page &lt;a href=&quot;topic:urgent&quot;&gt;When to get help right away&lt;/a&gt;. Read it to see if one of yours is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scores for %1 are cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the scores for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the new and worse ones to To tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 since my last visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n added to To tell.</source>
        <translation>
            <numerusform>%n added to To tell.</numerusform>
            <numerusform>%n added to To tell.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the New and Worse Ones to To Te&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print it w&amp;ith my questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint or Save How I’ve Been</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new or worse to add: To tell has them already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::DiaryPrintout</name>
    <message>
        <source>How I’ve been since my last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit: %1. Scores from 0 (none) to 10 (the worst).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the diary began. Scores from 0 (none) to 10 (the worst).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: %1 then, %2 now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::EmergencyInfoDialog</name>
    <message>
        <source>For Emergency Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through my nose and mouth (not printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only through my neck: my voice box was removed (laryngectomy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a breathing tube in my neck (tracheostomy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Shiley 6, cuffless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as: Shiley 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: on the fridge, in the blue folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as: on the fridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I &amp;breathe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing &amp;tube, type and size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who speaks for me if I can&apos;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where my P&amp;OLST or advance directive is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything &amp;else staff should know:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I breathe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing tube, type and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who speaks for me if I can&apos;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where my POLST or advance directive is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else staff should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page for ambulance and hospital staff, in English and Spanish, to keep on the fridge or in a bag, how you breathe first and in the largest type. It also prints your medicines, your immunotherapy and your care team&apos;s numbers as you wrote them in Next Steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::FindBar</name>
    <message>
        <source>Find in page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 of %n</numerusform>
            <numerusform>%1 of %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::Guide</name>
    <message>
        <source>glossary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A glossary entry has no id, term or definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The glossary term id &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guide index (guide.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source has no id or title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source id &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide index lists no topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic has no id or no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; has an unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic id &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; has no valid &quot;last updated&quot; date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; names an unknown source &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; has a question with no id or no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question id &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; names no Markdown file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot;: the file %2 could not be read: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; links to an unknown glossary term &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; links to an unknown topic &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words you may hear from your care team, in plain language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guide was written from these sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not valid JSON (%2 at offset %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; has no valid &quot;facts checked&quot; date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::GuideBrowser</name>
    <message>
        <source>Topic text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1. You can type it into your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary word: %1. Press Enter for its meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the topic %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number: %1. Press Enter to show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web link: %1. It opens your web browser and leaves Next Steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your web browser and leaves Next Steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading level %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::ListKeeper</name>
    <message>
        <source>Your list is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list could not be saved: %1 Your questions are still here, and the last saved list is kept as it was. Saving will be tried again every few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list was changed outside Next Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list was changed on this computer by something other than this window (for example a sync folder or a restored backup) since it was last saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which list do you want to keep? Nothing is deleted either way: the one you do not keep is saved beside it as a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Mine (Keep the Other Aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the Changed List (Keep Mine Aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can save a copy somewhere else, such as your Documents folder, so that nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Without Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Next Steps Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy of Your List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Steps lists (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::ListSession</name>
    <message>
        <source>Start a &amp;New List Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lock file left beside your list (by a Next Steps that stopped suddenly) was empty or damaged. It has been replaced, and your list opens as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is open in another Next Steps window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list is open in another Next Steps window. Here you can read it, but changes are made in the other window, so that nothing is saved twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it may be open on another computer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list seems to be open in Next Steps on another computer, “%1” (through a shared or synced folder). So that the two never save over each other, you can only read it here. If it is not open there any more (for example, that computer was switched off without closing Next Steps), choose Open Anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program may be using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list seems to be in use by another program, but which one could not be found out. So that nothing is saved twice, you can only read it here. If no other Next Steps is open, choose Open Anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list could not be opened for changes: the lock beside it could not be replaced. You can still read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list is open for changes in this window now, and is saved as usual. If it is still open elsewhere, close it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new list could not be started at %1. You can still read this window, but nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new, empty list is started at %1, and is saved as you add questions. The link that led nowhere was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::ListenBar</name>
    <message>
        <source>R&amp;ead Aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or Resume Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Much slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this topic aloud, or the text you selected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;Medicines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Question List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question lists (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Te&amp;xt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Wallet Card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print This &amp;Topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save This Topic as PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search All Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to My &amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to M&amp;y Things to Tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show My Questio&amp;ns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ke the Reading Pane Wider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make the Reading Pane Narrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the Topic Te&amp;xt Taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the Topi&amp;c Text Shorter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic text is as tall as it can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic text is as short as it can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow the System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High Contrast (Black, White and Yellow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ead Aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;d My Questions Aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to Get &amp;Help Right Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;Care Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where Is My List Saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Next Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;Cancer and Treatments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to My &amp;Symptom Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;Emergency Staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speak for Me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hinking It Through…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::MainWindow</name>
    <message>
        <source>Next Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to make the parts wider or narrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide and the menus are now in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list is already open in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list has no questions to read aloud yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::MattersPage</name>
    <message>
        <source>the one beside me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much does each of these matter to you now? There are no right answers, and they can change. Add anything else that matters to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone &amp;beside me rates these too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who rates beside me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Ana, my daughter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as: Ana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same or different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else that matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: being at my grandson’s wedding in June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as: a wedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something &amp;else:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: how much it matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: how much it matters to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::MedicinesDialog</name>
    <message>
        <source>My Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print my medicines on a page of their own, to hand to the nurse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::MyWishes</name>
    <message>
        <source>About going to the hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About a breathing machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About a feeding tube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where I would like to be cared for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else my family and doctors should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can we talk about my wishes about going to the hospital?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can we talk about my wishes about a breathing machine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can we talk about my wishes about a feeding tube?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can we talk about where I would like to be cared for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can we talk about my wishes for my care?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can we talk about who should speak for me if I can’t?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can we talk about an advance directive and a POLST for me?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::NewListDialog</name>
    <message>
        <source>Start a New List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list for %1 will be kept in File &gt; Past Lists, where you can read it, print it or bring it back. The new list starts empty, without visit details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Take along the %n question(s) not asked yet</source>
        <translation>
            <numerusform>&amp;Take along the %n question not asked yet</numerusform>
            <numerusform>&amp;Take along the %n questions not asked yet</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start a New List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::NoticeBar</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::OptionsPage</name>
    <message>
        <source>Choices side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add This Choice’s &amp;Questions to My List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read About This Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Not reviewed by a clinician: ask your care team how each choice fits you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where These Facts &amp;Come From</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::PagedPrinter</name>
    <message>
        <source>The printer or file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is too small to print on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the text could not be placed on the pages, so nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not take a new page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::PastListsDialog</name>
    <message>
        <source>Past Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen past list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring Back This List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no past lists yet. When you choose “Start a New List”, the list you had is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the chosen list&apos;s pages, then print it or save it as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print or Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chosen list as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chosen list as plain text, to paste into an email or a patient portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy Questions to My List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chosen list&apos;s questions to the list you have open, not yet asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete This List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen past list. You are asked first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen list again. The list you have open is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, with %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::PastListsKeeper</name>
    <message>
        <source>Your list for %1 is in File &gt; Past Lists. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other changes came after the new list. Use Edit &gt; Undo to go back step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) copied to your list.</source>
        <translation type="unfinished">
            <numerusform>%n question copied to your list.</numerusform>
            <numerusform>%n questions copied to your list.</numerusform>
        </translation>
    </message>
    <message>
        <source>These questions are already on your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a Past List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your list for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its questions and answers are deleted from this computer. Edit &gt; Undo (Ctrl+Z) brings the list back until you close Next Steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list for %1 was deleted. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The past list is back. The list you had open was put away.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::PhraseBoard</name>
    <message>
        <source>My phrases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::PhrasesKeeper</name>
    <message>
        <source>I BREATHE THROUGH MY NECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what emergency staff should know</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::PrintController</name>
    <message>
        <source>Printing did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the PDF as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the text as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lar&amp;ge Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print with bigger letters (16 point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text could not be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print My &amp;Medicines on Their Own Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was sent to the printer. Print at 100%, not “fit to page”, so the card is the size of a credit card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::PrintOrSaveButton</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Te&amp;xt…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::PrintPreviewDialog</name>
    <message>
        <source>Print Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages as they will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger letters on the paper, for easier reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::PrivateFile</name>
    <message>
        <source>There is not enough free space on the disk (%1 KB free).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk did not say why; it may be full or unplugged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened for saving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only part of it could be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a folder, a device or a pipe). Please choose another name. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the folder where Next Steps keeps your list and its copies. Writing there could replace them, so nothing was written. Please choose another folder, such as Documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is your list, or a copy Next Steps keeps of it. Writing there would replace it, so nothing was written. Please choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder %1. Please choose a folder that is there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::QtSpeech</name>
    <message>
        <source>No voice for reading aloud is installed on this computer. On Debian or Ubuntu, install the package qt6-speech-speechd-plugin or qt6-speech-flite-plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voices for reading aloud on this computer could not be started (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::QuestionDetails</name>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer or notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer or notes for the selected question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the doctor said.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::ReadAloud</name>
    <message>
        <source>This computer has no %1 voice for reading aloud. The speech settings of your system may offer one to install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing here to read aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished reading aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 voice on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sound could not be played on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::ReadingPane</name>
    <message>
        <source>&amp;Find in Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Previ&amp;ous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the guide could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your question list is safe. These parts of the guide have a problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions you might ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This topic has no headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Headin&amp;g…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings in this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) you might ask</source>
        <translation>
            <numerusform>%n question you might ask</numerusform>
            <numerusform>%n questions you might ask</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) to ask</source>
        <translation>
            <numerusform>%n question to ask</numerusform>
            <numerusform>%n questions to ask</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the questions you might ask, below the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the questions you might ask, below the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Questions You &amp;Might Ask</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::RecordListEditor</name>
    <message>
        <source>Something to tell, like “pain in my left ear”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New thing to tell the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to tell my doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name, like “Dr. Ana Lee”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person on my care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms and changes since your last visit. Double-click a cell, or go to it with the arrow keys and type, to write since when, how bad it is from 0 (not at all) to 10 (the worst), and what helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every medicine you take, with vitamins and herbs. Double-click a cell, or go to it with the arrow keys and type, to write the dose, how often, what for, and who prescribed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who care for you and how to reach them, day and night. Double-click a cell, or go to it with the arrow keys and type, to write the role and the phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::RecordListModel</name>
    <message>
        <source>What to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-hours phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::SaveLocationDialog</name>
    <message>
        <source>Where Is My List Saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your list is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could be opened on this computer. The folder is %1: you can copy its name from the box above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list of questions, and everything else you write in Next Steps, is saved only on this computer, in this file. It is saved by itself a moment after each change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To move to a new computer: here, choose Back Up Everything in the File menu and save the backup on a USB stick or another place you can take along. On the new computer, install Next Steps and choose Restore from a Backup in the File menu. The backup holds your lists, past lists, medicines, care team, cancer and treatments, diary and settings: it is health information, so keep it private.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the parts of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check off the chosen question as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the chosen link, or show what a word means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in Next Steps can be done with the keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a topic: move to it in the list (it opens as you move), or press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down to the results, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next or previous area: topics, reading, my questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F6, Shift+F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move from link to link in the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the meaning of a word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::SpeakForMeDialog</name>
    <message>
        <source>Speak for Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrases: a number key or Enter says one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and say in &amp;English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and say in &amp;Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type something to say, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as My Phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said this time: Enter says one again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said this t&amp;ime (Enter says it again):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phrases of your own yet. Type one below and choose Keep as My Phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a phrase of my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a phrase of my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a phrase of my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;y It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a phrase of my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number key or Enter says a phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type, then press Enter to say it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type and Say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list is open in another window or cannot be written: your own phrases can be said here, and changed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own phrases were kept by a newer version of Next Steps: they can be said here, and changed in that version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change My Phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;The phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change My Phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the Words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in My phrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in My phrases, key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed. Ctrl+Z changes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not said aloud: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to key %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::SpeechEngine</name>
    <message>
        <source>Reading aloud is not part of this copy of Next Steps: it was built without Qt&apos;s text-to-speech module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud could not be started: a part of Next Steps is missing (%1). Installing Next Steps again may bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::StandPage</name>
    <message>
        <source>Right now I lean toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many people use more than one at a time, and change their minds. Pick the one closest to where you are today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure do I feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would help me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would &amp;help me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions this raises (check the ones to ask):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the Checked Questions to My &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where you lean, or answer “no” to a question above, and questions to ask will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four questions based on SURE, a short check used by doctors and researchers (Légaré and others, 2010). A “no” is common and fine: it shows what would help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::StatusAnnouncer</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::SuggestedQuestionsView</name>
    <message>
        <source>Questions you might ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your questions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question is already on your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ On your list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on your list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my questions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list cannot be changed in this window, because %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::SummaryKeeper</name>
    <message>
        <source>Changes to my cancer and treatments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::SymptomChange</name>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 then, %2 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(highest %1 on %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::SymptomDiary</name>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sore mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble swallowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thick mucus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiredness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor appetite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin problems or rash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bowel problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cough</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::ThinkingDialog</name>
    <message>
        <source>Thinking It Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by &amp;Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choices side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;Matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters most to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where I S&amp;tand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where I stand, and how sure I feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;Wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My wishes, and who speaks for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n question(s) to your list.</source>
        <translation>
            <numerusform>Added %n question to your list.</numerusform>
            <numerusform>Added %n questions to your list.</numerusform>
        </translation>
    </message>
    <message>
        <source>No questions added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n was already on it.</source>
        <translation>
            <numerusform>%n was already on it.</numerusform>
            <numerusform>%n were already on it.</numerusform>
        </translation>
    </message>
    <message>
        <source>You changed what matters to you, where you stand or your wishes. Keep the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print or Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::TopicReader</name>
    <message>
        <source>Question %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::TopicSidebar</name>
    <message>
        <source>Search the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word to find every topic that mentions it. Press Down to go to the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the arrow keys to move, and Enter to open a topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try another word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) found</source>
        <translation>
            <numerusform>%n topic found</numerusform>
            <numerusform>%n topics found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing found for “%1”. Did you mean “%2”? Showing %n topic(s) for “%2”.</source>
        <translation>
            <numerusform>Nothing found for “%1”. Did you mean “%2”? Showing %n topic for “%2”.</numerusform>
            <numerusform>Nothing found for “%1”. Did you mean “%2”? Showing %n topics for “%2”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::TreatmentDialog</name>
    <message>
        <source>Add a Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: cisplatin with radiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: June 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: August 2025, or still going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the tumor shrank, then grew again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Treatment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How it went:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why it stopped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was the treatment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write its name, for example “radiation” or the drug’s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as: cisplatin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as: June 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as: August 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as: it shrank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what you wrote?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote about this treatment. Keep it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::TreatmentSummary</name>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don’t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was finished as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stopped working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My choice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::TreatmentSummaryDialog</name>
    <message>
        <source>My Cancer and Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical trials and second opinions ask for the same facts each time. Write them here once, in your own words, and print them to take along. Your care team can tell you what your tests showed. Leave out anything you do not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: tongue, tonsil, voice box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: March 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: lymph nodes in the neck, lungs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: CPS 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines, foods or anything else; or “none”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the cancer &amp;started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was &amp;found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it has spread or come &amp;back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HPV or p16 test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PD-&amp;L1 test (CPS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other tumor &amp;tests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major side &amp;effects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle&amp;rgies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I can do in a &amp;day, in my own words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trials ask how much you can do. For example: “I am up most of the day and walk to the store, but I rest after lunch.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumor tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I am now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a Treatment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No treatments written down yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as: tongue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as: March 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as: lungs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as: CPS 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed what you wrote about your cancer and treatments. Keep the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print or Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::TreatmentSummaryPrintout</name>
    <message>
        <source>%1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My cancer and treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the cancer started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it has spread or come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPV or p16 test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PD-L1 test (CPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other tumor tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I can do in a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumor tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I am now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment and when</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::Visit</name>
    <message>
        <source>%1, with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::VisitCalendar</name>
    <message>
        <source>Doctor&apos;s visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to bring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important questions to ask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your full list of questions is in Next Steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::VisitDialog</name>
    <message>
        <source>Visit Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Dr. Lee, cancer clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the visit is with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Cancer Center, Building B, room 204</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the visit is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: scan results, insurance card, my medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to &amp;bring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr. Lee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building B, room 204</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to My &amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::VisitSummary</name>
    <message>
        <source>Visit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the date of your visit and who it is with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit: not set yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To bring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the Visit to My Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit has no date yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write its date in Visit details first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind you the day before the visit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar shows the reminder a day ahead, at the time of the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the visit as %1. Open it, or send it to your phone, to add it to your calendar. It holds health information: keep it where only you can see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::WalletCard</name>
    <message>
        <source>Immunotherapy Wallet Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have had immunotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drugs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects can start months later, even after the last dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tell my cancer team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oncologist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: new cough or shortness of breath, diarrhea or belly pain, rash or itching, yellow skin or eyes, great tiredness, headache, fever or confusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut out a front and a back along the marks, and glue them back to back. Keep the card in your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::WalletCardDialog</name>
    <message>
        <source>Print Wallet Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card tells every doctor and emergency room that you had immunotherapy, whose side effects can start months later. Its phone numbers come from Help &gt; My Care Team. Blank lines can be filled in by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: pembrolizumab (Keytruda)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drugs (separated by commas):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;pped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pembrolizumab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the immunotherapy started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the immunotherapy stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The immunotherapy stopped before it started?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::WebLink</name>
    <message>
        <source>Opened %1 in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1. You can type it into your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::WelcomeDialog</name>
    <message>
        <source>Welcome to Next Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guide helps you learn about your next steps and get ready to talk with your doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is for learning. It is not medical advice, and it was not checked by a doctor. Your care team knows you and your health best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list of questions is saved only on this computer, here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::WhatMatters</name>
    <message>
        <source>Time at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eating and drinking by mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being able to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing easily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being comfortable, with little pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being awake and able to think clearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living as long as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staying out of the hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time with family and friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doing things for myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it costs me and my family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most of all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying treatments that might control the cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not being a burden on my family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My faith or beliefs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::WhereIStand</name>
    <message>
        <source>Do I know what each choice may offer and what it may take?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Am I clear about what matters most to me?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do I have enough help and advice to decide?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do I feel sure about what fits me?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can we go over my choices again, with what each may offer and what each may take?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can we talk about what matters most to me, and how each choice fits it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can help me and my family think this through?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much time do I have to decide, and what else should I know first?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nextsteps::WishesPage</name>
    <message>
        <source>&lt;p&gt;%1 &lt;a href=&quot;%2&quot;&gt;Advance directive forms by state&lt;/a&gt;, &lt;a href=&quot;%3&quot;&gt;POLST in your state&lt;/a&gt;. The guide’s topics &lt;a href=&quot;topic:coping&quot;&gt;Coping and support&lt;/a&gt; and &lt;a href=&quot;topic:caregivers&quot;&gt;For caregivers&lt;/a&gt; say more.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who speaks for me if I can’t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who speaks &amp;for me if I can’t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their p&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is often called a health care proxy or agent. Tell them what you want, and give them a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters most to me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My wishes, in my words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I want to talk about this with my doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have an advance directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where my advance directive is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: in the blue folder by the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as: blue folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a POLST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where my POLST is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: on the fridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as: on the fridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have an &amp;advance directive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is &amp;kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing rated “most of all” yet (on the page before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is k&amp;ept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a PO&amp;LST:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance directives are of two kinds: a living will says what care you want; a health care power of attorney names who decides if you can’t. A POLST is a medical order for people who are seriously ill, signed by your doctor or another health professional after talking with you, about the treatment you want in an emergency (some states call it MOLST or POST). Keep it where emergency staff can find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
