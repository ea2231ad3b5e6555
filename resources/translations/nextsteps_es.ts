<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>nextsteps::AboutDialog</name>
    <message>
        <source>About Next Steps</source>
        <translation>Acerca de Next Steps</translation>
    </message>
    <message>
        <source>Next Steps</source>
        <translation>Next Steps</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Free software under the MIT License.</source>
        <translation>Software libre con la Licencia MIT.</translation>
    </message>
    <message>
        <source>About this guide</source>
        <translation>Acerca de esta guía</translation>
    </message>
</context>
<context>
    <name>nextsteps::Application</name>
    <message numerus="yes">
        <source>%n damaged or blank entries in the list were left out of the PDF; everything else is in it.</source>
        <translation>
            <numerusform>Se dejó fuera del PDF %n entrada dañada o vacía de la lista; todo lo demás está en él.</numerusform>
            <numerusform>Se dejaron fuera del PDF %n entradas dañadas o vacías de la lista; todo lo demás está en él.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nextsteps::Ask</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>%1 is there already.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <source>Do you want to replace it?</source>
        <translation>¿Quiere reemplazarlo?</translation>
    </message>
    <message>
        <source>&amp;Replace It</source>
        <translation>&amp;Reemplazarlo</translation>
    </message>
    <message>
        <source>&amp;Choose Another Name</source>
        <translation>&amp;Elegir otro nombre</translation>
    </message>
    <message>
        <source>Keep what you wrote?</source>
        <translation>¿Guardar lo que escribió?</translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation>&amp;Guardarlos</translation>
    </message>
    <message>
        <source>&amp;Drop Them</source>
        <translation>&amp;Descartarlos</translation>
    </message>
    <message>
        <source>&amp;Go Back</source>
        <translation>&amp;Volver</translation>
    </message>
</context>
<context>
    <name>nextsteps::AutoSaver</name>
    <message>
        <source>Your list was changed outside Next Steps, and that version is shown now.</source>
        <translation>Su lista se cambió fuera de Next Steps, y ahora se muestra esa versión.</translation>
    </message>
    <message>
        <source>Your list was changed outside Next Steps. Your list as it is in this window is saved, and the other version is kept at %1.</source>
        <translation>Su lista se cambió fuera de Next Steps. Se guardó su lista como está en esta ventana, y la otra versión se conserva en %1.</translation>
    </message>
    <message>
        <source>Your list was changed outside Next Steps, and nothing could be kept aside (%1), so it was not saved over.</source>
        <translation>Su lista se cambió fuera de Next Steps y no se pudo guardar una copia aparte (%1), así que no se guardó encima.</translation>
    </message>
    <message>
        <source>It is gone or empty now.</source>
        <translation>Ya no está o está vacía.</translation>
    </message>
    <message>
        <source>Your list was changed outside Next Steps, but the changed list could not be read. %1 Your list stays as it is in this window, and is saved. A copy of it is also at %2.</source>
        <translation>Su lista se cambió fuera de Next Steps, pero no se pudo leer la lista cambiada. %1 Su lista se queda como está en esta ventana, y se guarda. También hay una copia en %2.</translation>
    </message>
    <message>
        <source>Your list as it was in this window is saved at %1.</source>
        <translation>Su lista como estaba en esta ventana se guardó en %1.</translation>
    </message>
    <message>
        <source>Your list as it was in this window is saved at %1, and Edit &gt; Undo brings it back.</source>
        <translation>Su lista como estaba en esta ventana se guardó en %1, y Editar &gt; Deshacer la trae de vuelta.</translation>
    </message>
</context>
<context>
    <name>nextsteps::Backup</name>
    <message>
        <source>Your list could not be read (%1).</source>
        <translation>No se pudo leer su lista (%1).</translation>
    </message>
    <message>
        <source>A copy kept beside your list, %1, could not be read (%2).</source>
        <translation>No se pudo leer una copia guardada junto a su lista, %1 (%2).</translation>
    </message>
    <message>
        <source>There is no backup file there.</source>
        <translation>No hay ninguna copia de seguridad en ese lugar.</translation>
    </message>
    <message>
        <source>The file is far too large to be a Next Steps backup.</source>
        <translation>El archivo es demasiado grande para ser una copia de seguridad de Next Steps.</translation>
    </message>
    <message>
        <source>The file could not be read (%1).</source>
        <translation>No se pudo leer el archivo (%1).</translation>
    </message>
    <message>
        <source>The backup is damaged or cut short. Nothing was changed.</source>
        <translation>La copia de seguridad está dañada o incompleta. No se cambió nada.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Next Steps. To restore it, install that version or a later one. Nothing was changed.</source>
        <translation>Esta copia de seguridad se hizo con una versión más nueva de Next Steps. Para restaurarla, instale esa versión o una más reciente. No se cambió nada.</translation>
    </message>
    <message>
        <source>The folder for your list could not be made.</source>
        <translation>No se pudo crear la carpeta de su lista.</translation>
    </message>
    <message>
        <source>What you have now could not be kept first (%1), so nothing was restored.</source>
        <translation>No se pudo guardar primero lo que tiene ahora (%1), así que no se restauró nada.</translation>
    </message>
    <message>
        <source>A copy, %1, could not be written (%2).</source>
        <translation>No se pudo escribir una copia, %1 (%2).</translation>
    </message>
    <message>
        <source>Your list could not be replaced.</source>
        <translation>No se pudo reemplazar su lista.</translation>
    </message>
    <message>
        <source>Your list could not be written (%1).</source>
        <translation>No se pudo escribir su lista (%1).</translation>
    </message>
    <message>
        <source>This file is not a Next Steps backup. Nothing was changed.</source>
        <translation>Este archivo no es una copia de seguridad de Next Steps. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>nextsteps::BackupKeeper</name>
    <message>
        <source>No list of questions yet.</source>
        <translation>Todavía no hay una lista de preguntas.</translation>
    </message>
    <message>
        <source>A list that could not be read (it will be kept aside, as a damaged list is).</source>
        <translation>Una lista que no se pudo leer (se guardará aparte, como se hace con una lista dañada).</translation>
    </message>
    <message numerus="yes">
        <source>Your list: %n question(s).</source>
        <translation>
            <numerusform>Su lista: %n pregunta.</numerusform>
            <numerusform>Su lista: %n preguntas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your next visit: %1.</source>
        <translation>Su próxima visita: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n past list(s).</source>
        <translation>
            <numerusform>%n lista anterior.</numerusform>
            <numerusform>%n listas anteriores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to tell the doctor.</source>
        <translation>
            <numerusform>%n cosa que contarle al médico.</numerusform>
            <numerusform>%n cosas que contarle al médico.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medicine(s).</source>
        <translation>
            <numerusform>%n medicamento.</numerusform>
            <numerusform>%n medicamentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in your care team.</source>
        <translation>
            <numerusform>%n persona de su equipo de atención.</numerusform>
            <numerusform>%n personas de su equipo de atención.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your cancer and treatments.</source>
        <translation>Su cáncer y sus tratamientos.</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(s) of your list kept aside earlier.</source>
        <translation>
            <numerusform>%n copia de su lista guardada aparte antes.</numerusform>
            <numerusform>%n copias de su lista guardadas aparte antes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next Steps backup %1</source>
        <translation>Copia de seguridad de Next Steps %1</translation>
    </message>
    <message>
        <source>Back Up Everything</source>
        <translation>Hacer una copia de seguridad de todo</translation>
    </message>
    <message>
        <source>Next Steps backups (*.%1)</source>
        <translation>Copias de seguridad de Next Steps (*.%1)</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>No se pudo hacer la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Everything is backed up in %1.</source>
        <translation>Todo quedó guardado en la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>A backup cannot be restored here, because your list can only be read in this window: %1.</source>
        <translation>Aquí no se puede restaurar una copia de seguridad, porque en esta ventana su lista solo se puede leer: %1.</translation>
    </message>
    <message>
        <source>Restore from a Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Next Steps backups (*.%1);;All files (*)</source>
        <translation>Copias de seguridad de Next Steps (*.%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This backup cannot be restored. %1</source>
        <translation>Esta copia de seguridad no se puede restaurar. %1</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>It takes the place of what you have now. What you have now is kept first, in a backup file beside your list, so nothing is lost.</source>
        <translation>Reemplaza lo que tiene ahora. Primero se guarda lo que tiene ahora en una copia de seguridad junto a su lista, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved (%1), so nothing was restored.</source>
        <translation>No se pudieron guardar sus últimos cambios (%1), así que no se restauró nada.</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>No se pudo restaurar la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>What you had is kept in %1.</source>
        <translation>Lo que tenía está guardado en %1.</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>en inglés</translation>
    </message>
    <message>
        <source>in Spanish</source>
        <translation>en español</translation>
    </message>
    <message>
        <source>text size %1%</source>
        <translation>texto al %1%</translation>
    </message>
    <message>
        <source>dark colors</source>
        <translation>colores oscuros</translation>
    </message>
    <message>
        <source>light colors</source>
        <translation>colores claros</translation>
    </message>
    <message>
        <source>high contrast colors</source>
        <translation>colores de alto contraste</translation>
    </message>
    <message>
        <source>Your settings.</source>
        <translation>Sus ajustes.</translation>
    </message>
    <message>
        <source>Your settings: %1.</source>
        <translation>Sus ajustes: %1.</translation>
    </message>
    <message>
        <source>This file holds your health information: keep it somewhere private, such as a USB stick you keep safe. To move to a new computer, copy the file there, install Next Steps and choose Restore from a Backup in the File menu.</source>
        <translation>Este archivo contiene su información de salud: guárdelo en un lugar privado, como una memoria USB que tenga en un lugar seguro. Para pasar a una computadora nueva, copie allí el archivo, instale Next Steps y elija Restaurar desde una copia de seguridad en el menú Archivo.</translation>
    </message>
    <message>
        <source>The backup made on %1 is restored.</source>
        <translation>Se restauró la copia de seguridad hecha el %1.</translation>
    </message>
    <message>
        <source>What you had before is kept, as a backup of its own, in %1.</source>
        <translation>Lo que tenía antes está guardado, como una copia de seguridad aparte, en %1.</translation>
    </message>
    <message>
        <source>To go back to it, restore that file.</source>
        <translation>Para volver a eso, restaure ese archivo.</translation>
    </message>
    <message>
        <source>Made on %1 at %2</source>
        <translation>Hecha el %1 a las %2</translation>
    </message>
</context>
<context>
    <name>nextsteps::CareContact</name>
    <message>
        <source>Oncologist</source>
        <translation>Oncología</translation>
    </message>
    <message>
        <source>Nurse line</source>
        <translation>Línea de enfermería</translation>
    </message>
    <message>
        <source>Palliative care team</source>
        <translation>Equipo de cuidados paliativos</translation>
    </message>
    <message>
        <source>Hospice</source>
        <translation>Hospicio</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
</context>
<context>
    <name>nextsteps::CareTeamDialog</name>
    <message>
        <source>My Care Team</source>
        <translation>Mi equipo de atención</translation>
    </message>
    <message>
        <source>Phone numbers of my care team</source>
        <translation>Teléfonos de mi equipo de atención</translation>
    </message>
    <message>
        <source>No one on the list yet. Write the names and numbers below: your oncologist, the nurse line, the palliative care team, hospice, your pharmacy.</source>
        <translation>Todavía no hay nadie en la lista. Escriba abajo los nombres y los números: su oncólogo, la línea de enfermería, el equipo de cuidados paliativos, el hospicio, su farmacia.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>After hours:</source>
        <translation>Fuera de horario:</translation>
    </message>
    <message>
        <source>Calling %1 with your phone app.</source>
        <translation>Llamando al %1 con su aplicación de teléfono.</translation>
    </message>
    <message>
        <source>Phone number: %1</source>
        <translation>Número de teléfono: %1</translation>
    </message>
</context>
<context>
    <name>nextsteps::ChecklistDelegate</name>
    <message>
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
</context>
<context>
    <name>nextsteps::ChecklistFormat</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is far too large to be a list of questions.</source>
        <translation>El archivo es demasiado grande para ser una lista de preguntas.</translation>
    </message>
    <message>
        <source>The file is damaged or cut short.</source>
        <translation>El archivo está dañado o incompleto.</translation>
    </message>
    <message>
        <source>The file is not a Next Steps question list.</source>
        <translation>El archivo no es una lista de preguntas de Next Steps.</translation>
    </message>
    <message>
        <source>The file has no valid version number.</source>
        <translation>El archivo no tiene un número de versión válido.</translation>
    </message>
    <message>
        <source>The file does not hold a list of questions.</source>
        <translation>El archivo no contiene una lista de preguntas.</translation>
    </message>
    <message>
        <source>The file holds something other than text.</source>
        <translation>El archivo contiene algo que no es texto.</translation>
    </message>
    <message>
        <source>The file is damaged.</source>
        <translation>El archivo está dañado.</translation>
    </message>
</context>
<context>
    <name>nextsteps::ChecklistModel</name>
    <message>
        <source>Add question</source>
        <translation>Agregar pregunta</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Eliminar pregunta</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Mover pregunta</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Editar pregunta</translation>
    </message>
    <message>
        <source>Mark as asked</source>
        <translation>Marcar como preguntada</translation>
    </message>
    <message>
        <source>Mark as not asked</source>
        <translation>Marcar como no preguntada</translation>
    </message>
    <message>
        <source>Mark as important</source>
        <translation>Marcar como importante</translation>
    </message>
    <message>
        <source>Mark as not important</source>
        <translation>Marcar como no importante</translation>
    </message>
    <message>
        <source>Edit answer</source>
        <translation>Editar respuesta</translation>
    </message>
    <message>
        <source>Change visit details</source>
        <translation>Cambiar datos de la visita</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>preguntada</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>sin preguntar todavía</translation>
    </message>
    <message>
        <source>important</source>
        <translation>importante</translation>
    </message>
    <message>
        <source>has an answer</source>
        <translation>tiene respuesta</translation>
    </message>
    <message>
        <source>Start a new list</source>
        <translation>Empezar una lista nueva</translation>
    </message>
    <message>
        <source>Bring back a past list</source>
        <translation>Recuperar una lista anterior</translation>
    </message>
    <message>
        <source>Add something to tell</source>
        <translation>Agregar algo que contar</translation>
    </message>
    <message>
        <source>Delete something to tell</source>
        <translation>Eliminar algo que contar</translation>
    </message>
    <message>
        <source>Move something to tell</source>
        <translation>Mover algo que contar</translation>
    </message>
    <message>
        <source>Edit something to tell</source>
        <translation>Editar algo que contar</translation>
    </message>
    <message>
        <source>Add medicine</source>
        <translation>Agregar medicamento</translation>
    </message>
    <message>
        <source>Delete medicine</source>
        <translation>Eliminar medicamento</translation>
    </message>
    <message>
        <source>Move medicine</source>
        <translation>Mover medicamento</translation>
    </message>
    <message>
        <source>Edit medicine</source>
        <translation>Editar medicamento</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Agregar contacto</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Eliminar contacto</translation>
    </message>
    <message>
        <source>Move contact</source>
        <translation>Mover contacto</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>Change immunotherapy details</source>
        <translation>Cambiar los datos de la inmunoterapia</translation>
    </message>
    <message>
        <source>Delete a past list</source>
        <translation>Eliminar una lista anterior</translation>
    </message>
    <message>
        <source>Copy questions from a past list</source>
        <translation>Copiar preguntas de una lista anterior</translation>
    </message>
    <message>
        <source>Show the changed list</source>
        <translation>Mostrar la lista cambiada</translation>
    </message>
</context>
<context>
    <name>nextsteps::ChecklistPanel</name>
    <message>
        <source>Questions for my doctor</source>
        <translation>Preguntas para mi médico</translation>
    </message>
    <message>
        <source>Write your own question</source>
        <translation>Escriba su propia pregunta</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Pregunta nueva</translation>
    </message>
    <message>
        <source>Type a question and press Enter to add it.</source>
        <translation>Escriba una pregunta y oprima Intro para agregarla.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add this question</source>
        <translation>Agregar esta pregunta</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <source>Space checks off a question as asked. F2 edits it. Control and the arrow keys move it.</source>
        <translation>La barra espaciadora marca una pregunta como preguntada. F2 la edita. Control y las flechas la mueven.</translation>
    </message>
    <message>
        <source>Print or Save…</source>
        <translation>Imprimir o guardar…</translation>
    </message>
    <message>
        <source>Print your list, see it first, or save it as a PDF or text</source>
        <translation>Imprima su lista, véala antes o guárdela como PDF o texto</translation>
    </message>
    <message>
        <source>&amp;New Question</source>
        <translation>&amp;Nueva pregunta</translation>
    </message>
    <message>
        <source>Past &amp;Lists…</source>
        <translation>&amp;Listas anteriores…</translation>
    </message>
    <message>
        <source>&amp;Edit Question</source>
        <translation>&amp;Editar pregunta</translation>
    </message>
    <message>
        <source>Write the &amp;Answer</source>
        <translation>Escribir la res&amp;puesta</translation>
    </message>
    <message>
        <source>Mark as As&amp;ked</source>
        <translation>Marcar como pre&amp;guntada</translation>
    </message>
    <message>
        <source>Mark as &amp;Important</source>
        <translation>Marcar como &amp;importante</translation>
    </message>
    <message>
        <source>Mark as Asked or Not Asked</source>
        <translation>Marcar como preguntada o no preguntada</translation>
    </message>
    <message>
        <source>Mark as Important or Not Important</source>
        <translation>Marcar como importante o no importante</translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>De&amp;lete Question</source>
        <translation>E&amp;liminar pregunta</translation>
    </message>
    <message>
        <source>&amp;Visit Details…</source>
        <translation>Datos de la &amp;visita…</translation>
    </message>
    <message>
        <source>Deleted “%1”. Press Ctrl+Z to bring it back.</source>
        <translation>Se eliminó «%1». Oprima Ctrl+Z para recuperarla.</translation>
    </message>
    <message>
        <source>Type a question first, then press Enter.</source>
        <translation>Escriba primero una pregunta y luego oprima Intro.</translation>
    </message>
    <message>
        <source>That question is already on your list.</source>
        <translation>Esa pregunta ya está en su lista.</translation>
    </message>
    <message>
        <source>Added to your questions: %1</source>
        <translation>Se agregó a sus preguntas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n asked</source>
        <translation>
            <numerusform>%1 de %n preguntada</numerusform>
            <numerusform>%1 de %n preguntadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n important</source>
        <translation>
            <numerusform>%n importante</numerusform>
            <numerusform>%n importantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an answer</source>
        <translation>
            <numerusform>%n con respuesta</numerusform>
            <numerusform>%n con respuesta</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as Not As&amp;ked</source>
        <translation>Marcar como no pre&amp;guntada</translation>
    </message>
    <message>
        <source>Mark as Not &amp;Important</source>
        <translation>Marcar como no &amp;importante</translation>
    </message>
    <message>
        <source>Read-only here, because %1</source>
        <translation>Solo lectura aquí, porque %1</translation>
    </message>
    <message>
        <source>Read-only here</source>
        <translation>Solo lectura aquí</translation>
    </message>
    <message>
        <source>&amp;Start a New List…</source>
        <translation>&amp;Empezar una lista nueva…</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Su pregunta</translation>
    </message>
    <message>
        <source>This list cannot be changed here: %1.</source>
        <translation>Esta lista no se puede cambiar aquí: %1.</translation>
    </message>
    <message>
        <source>Add the Visit to My &amp;Calendar…</source>
        <translation>Agregar la visita a mi &amp;calendario…</translation>
    </message>
    <message>
        <source>No questions yet. Write one in the question box, or add one from any topic.</source>
        <translation>Todavía no hay preguntas. Escriba una en el cuadro de preguntas, o agregue una desde cualquier tema.</translation>
    </message>
</context>
<context>
    <name>nextsteps::ChecklistPrintout</name>
    <message>
        <source>Questions for my doctor</source>
        <translation>Preguntas para mi médico</translation>
    </message>
    <message>
        <source>Visit: </source>
        <translation>Visita: </translation>
    </message>
    <message>
        <source>My name: </source>
        <translation>Mi nombre: </translation>
    </message>
    <message>
        <source>My questions:</source>
        <translation>Mis preguntas:</translation>
    </message>
    <message>
        <source>IMPORTANT: </source>
        <translation>IMPORTANTE: </translation>
    </message>
    <message>
        <source>Answer: </source>
        <translation>Respuesta: </translation>
    </message>
    <message>
        <source>Things to tell my doctor</source>
        <translation>Cosas que contarle a mi médico</translation>
    </message>
    <message>
        <source>My medicines</source>
        <translation>Mis medicamentos</translation>
    </message>
    <message>
        <source>My care team</source>
        <translation>Mi equipo de atención</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>how bad: %1 of 10</source>
        <translation>qué tan fuerte: %1 de 10</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>after hours %1</source>
        <translation>fuera de horario %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Cada cuánto</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Para qué</translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation>Recetado por</translation>
    </message>
    <message>
        <source>Place: </source>
        <translation>Lugar: </translation>
    </message>
    <message>
        <source>To bring: </source>
        <translation>Qué traer: </translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation>Notas: </translation>
    </message>
    <message>
        <source>I have had immunotherapy: </source>
        <translation>Recibí inmunoterapia: </translation>
    </message>
    <message>
        <source>Its side effects can start months after the last dose.</source>
        <translation>Sus efectos secundarios pueden empezar meses después de la última dosis.</translation>
    </message>
    <message>
        <source>since when: %1</source>
        <translation>desde cuándo: %1</translation>
    </message>
</context>
<context>
    <name>nextsteps::ChecklistStore</name>
    <message>
        <source>Your list is very large (%1 MB). Next Steps can save lists of up to %2 MB: please make some long answers shorter, or delete past lists you no longer need.</source>
        <translation>Su lista es muy grande (%1 MB). Next Steps puede guardar listas de hasta %2 MB: acorte algunas respuestas largas o elimine listas anteriores que ya no necesite.</translation>
    </message>
    <message>
        <source>There is a folder where the list should be.</source>
        <translation>Hay una carpeta donde debería estar la lista.</translation>
    </message>
    <message>
        <source>The file is larger than Next Steps can open (%1 MB; the most is %2 MB). It is left exactly as it is, and nothing is saved over it.</source>
        <translation>El archivo es más grande de lo que Next Steps puede abrir (%1 MB; el máximo es %2 MB). Se deja tal como está y no se guarda nada encima.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>No se pudo abrir el archivo: %1</translation>
    </message>
    <message>
        <source>A copy could not be made (%1), so the file is left as it is and changes will not be saved over it.</source>
        <translation>No se pudo hacer una copia (%1), así que el archivo se deja como está y los cambios no se guardarán encima.</translation>
    </message>
    <message>
        <source>there is no file %1.</source>
        <translation>no existe el archivo %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a list.</source>
        <translation>%1 es una carpeta, no una lista.</translation>
    </message>
    <message>
        <source>cannot read the list in %1: it is too large.</source>
        <translation>no se puede leer la lista en %1: es demasiado grande.</translation>
    </message>
    <message>
        <source>cannot open the list in %1: %2</source>
        <translation>no se puede abrir la lista en %1: %2</translation>
    </message>
    <message>
        <source>cannot read the list in %1: %2</source>
        <translation>no se puede leer la lista en %1: %2</translation>
    </message>
    <message>
        <source>Some of your saved list could not be read: 1 entry was damaged and left out.</source>
        <translation>No se pudo leer parte de su lista guardada: 1 entrada estaba dañada y se dejó fuera.</translation>
    </message>
    <message>
        <source>Some of your saved list could not be read: %1 entries were damaged and left out.</source>
        <translation>No se pudo leer parte de su lista guardada: %1 entradas estaban dañadas y se dejaron fuera.</translation>
    </message>
    <message>
        <source>Everything else is here. A copy of the original file is kept at %1.</source>
        <translation>Todo lo demás está aquí. Se conserva una copia del archivo original en %1.</translation>
    </message>
    <message>
        <source>Your saved list could not be opened. %1</source>
        <translation>No se pudo abrir su lista guardada. %1</translation>
    </message>
    <message>
        <source>This list was saved by a newer version of Next Steps. You can read it here, but changes will not be saved, so that nothing in it is lost. Please update Next Steps to edit it.</source>
        <translation>Esta lista se guardó con una versión más nueva de Next Steps. Puede leerla aquí, pero los cambios no se guardarán, para que no se pierda nada. Actualice Next Steps para editarla.</translation>
    </message>
    <message>
        <source>Your list is kept through a link that leads to %1, but there is nothing there now (perhaps a drive is not connected, or a folder was moved or renamed). Nothing is saved until you choose: connect the drive and start Next Steps again, or start a new, empty list here.</source>
        <translation>Su lista se guarda a través de un enlace que lleva a %1, pero ahora no hay nada ahí (quizás una unidad no está conectada, o una carpeta se movió o cambió de nombre). No se guarda nada hasta que usted elija: conecte la unidad y vuelva a abrir Next Steps, o empiece aquí una lista nueva y vacía.</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Next Steps</source>
        <translation>se guardó con una versión más nueva de Next Steps</translation>
    </message>
    <message>
        <source>the link to your list leads nowhere</source>
        <translation>el enlace a su lista no lleva a ningún lugar</translation>
    </message>
    <message>
        <source>the file could not be read safely and is left as it is</source>
        <translation>el archivo no se pudo leer sin riesgo y se deja como está</translation>
    </message>
    <message>
        <source>There is a folder where the list should be saved (%1).</source>
        <translation>Hay una carpeta donde debería guardarse la lista (%1).</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Your list is too large to save (%1 MB; the most is %2 MB). Please make some long answers shorter, or delete past lists you no longer need.</source>
        <translation>Su lista es demasiado grande para guardarla (%1 MB; el máximo es %2 MB). Acorte algunas respuestas largas o elimine listas anteriores que ya no necesite.</translation>
    </message>
    <message>
        <source>Your list could not be read. %1 Nothing has been deleted: we kept the file as %2 and started a new, empty list. Help &gt; Where Is My List Saved? shows where it is.</source>
        <translation>No se pudo leer su lista. %1 No se borró nada: guardamos el archivo como %2 y empezamos una lista nueva y vacía. Ayuda &gt; ¿Dónde se guarda mi lista? le muestra dónde está.</translation>
    </message>
    <message>
        <source>When Next Steps last stopped, a save was cut short. What it was saving is kept at %1; your list opens as it was saved before that.</source>
        <translation>La última vez que Next Steps se cerró, un guardado quedó a medias. Lo que estaba guardando se conserva en %1; su lista se abre como se guardó antes de eso.</translation>
    </message>
</context>
<context>
    <name>nextsteps::ChecklistTabs</name>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>To tell</source>
        <translation>Para contarle</translation>
    </message>
    <message>
        <source>Things to tell my doctor: symptoms and changes since the last visit</source>
        <translation>Cosas que contarle a mi médico: síntomas y cambios desde la última visita</translation>
    </message>
    <message>
        <source>Questions for my doctor</source>
        <translation>Preguntas para mi médico</translation>
    </message>
</context>
<context>
    <name>nextsteps::ChooseSymptomsDialog</name>
    <message>
        <source>Choose What to Track</source>
        <translation>Elegir qué anotar</translation>
    </message>
    <message>
        <source>Tick what you want to score each day. Space ticks or unticks the one chosen. Scores already written stay in the diary.</source>
        <translation>Marque lo que quiere puntuar cada día. La barra espaciadora marca o desmarca el elegido. Los puntajes ya escritos se quedan en el diario.</translation>
    </message>
    <message>
        <source>What to track</source>
        <translation>Qué anotar</translation>
    </message>
    <message>
        <source>&amp;What to track:</source>
        <translation>&amp;Qué anotar:</translation>
    </message>
    <message>
        <source>Something of your own to track</source>
        <translation>Algo propio que anotar</translation>
    </message>
    <message>
        <source>Something of your &amp;own:</source>
        <translation>Algo &amp;propio:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Track my w&amp;eight</source>
        <translation>Anotar mi &amp;peso</translation>
    </message>
    <message>
        <source>Weight in &amp;pounds (not kilograms)</source>
        <translation>Peso en &amp;libras (no en kilos)</translation>
    </message>
</context>
<context>
    <name>nextsteps::ColumnFitter</name>
    <message>
        <source>There is no room for this at this text size: Ctrl+Minus makes the text smaller.</source>
        <translation>No hay espacio para esto con este tamaño de texto: Ctrl+Menos hace el texto más pequeño.</translation>
    </message>
    <message>
        <source>The reading pane is as wide as it can be.</source>
        <translation>El panel de lectura ya está lo más ancho posible.</translation>
    </message>
    <message>
        <source>The reading pane is as narrow as it can be.</source>
        <translation>El panel de lectura ya está lo más angosto posible.</translation>
    </message>
    <message>
        <source>The topics and your questions are put away to make room: View &gt; Panes &gt; Show Topics and Show My Questions bring them back.</source>
        <translation>La lista de temas y sus preguntas se ocultaron para dejar espacio: Ver &gt; Paneles &gt; Mostrar la lista de temas y Mostrar mis preguntas las vuelven a mostrar.</translation>
    </message>
    <message>
        <source>The topics are put away to make room: View &gt; Panes &gt; Show Topics brings them back.</source>
        <translation>La lista de temas se ocultó para dejar espacio: Ver &gt; Paneles &gt; Mostrar la lista de temas la vuelve a mostrar.</translation>
    </message>
    <message>
        <source>Your questions are put away to make room: View &gt; Panes &gt; Show My Questions brings them back.</source>
        <translation>Sus preguntas se ocultaron para dejar espacio: Ver &gt; Paneles &gt; Mostrar mis preguntas las vuelve a mostrar.</translation>
    </message>
    <message>
        <source>There is room again: the parts put away are back.</source>
        <translation>Ya hay espacio otra vez: las partes ocultas volvieron a mostrarse.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>My Questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <source>%1 (%2; F6 goes to the next part)</source>
        <translation>%1 (%2; F6 pasa a la parte siguiente)</translation>
    </message>
    <message>
        <source>Parts of the window</source>
        <translation>Partes de la ventana</translation>
    </message>
    <message>
        <source>One part of the window at a time at this text size: F6 goes to the next (Topics, Reading, My Questions).</source>
        <translation>Con este tamaño de letra se ve una parte de la ventana a la vez: F6 pasa a la siguiente (Temas, Lectura, Mis preguntas).</translation>
    </message>
</context>
<context>
    <name>nextsteps::CommandLine</name>
    <message>
        <source>Open and save the question list in FILE instead of the usual one.</source>
        <translation>Abrir y guardar la lista de preguntas en ARCHIVO en lugar de la habitual.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Write the question list as a PDF to OUT and quit, without a window.</source>
        <translation>Escribir la lista de preguntas como PDF en SALIDA y salir, sin ventana.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>SALIDA</translation>
    </message>
    <message>
        <source>Next Steps: a plain-language guide and a list of questions for your doctor.</source>
        <translation>Next Steps: una guía en palabras sencillas y una lista de preguntas para su médico.</translation>
    </message>
    <message>
        <source>--export-pdf needs a file name.</source>
        <translation>--export-pdf necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>A question list to open, as with --checklist.</source>
        <translation>Una lista de preguntas para abrir, como con --checklist.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1 (Next Steps opens one list at a time)</source>
        <translation>Argumento inesperado: %1 (Next Steps abre una lista a la vez)</translation>
    </message>
    <message>
        <source>Two lists were named (%1 and %2): name one.</source>
        <translation>Se nombraron dos listas (%1 y %2): nombre solo una.</translation>
    </message>
</context>
<context>
    <name>nextsteps::DateField</name>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>Choose the day on a calendar (Alt+Down)</source>
        <translation>Elegir el día en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Choose the day on a calendar</source>
        <translation>Elegir el día en un calendario</translation>
    </message>
    <message>
        <source>hour:minutes</source>
        <translation>hora:minutos</translation>
    </message>
    <message>
        <source>“%1” is not a date this field can read. Type the %2, for example %3.</source>
        <translation>“%1” no es una fecha que este campo pueda leer. Escriba el %2, por ejemplo %3.</translation>
    </message>
    <message>
        <source>“%1” is not a time this field can read. Type the hour and minutes, for example 10:30 am or 14:30.</source>
        <translation>“%1” no es una hora que este campo pueda leer. Escriba la hora y los minutos, por ejemplo 10:30 a. m. o 14:30.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Calendar: the arrows choose a day, Enter takes it</source>
        <translation>Calendario: las flechas eligen un día y Entrar lo toma</translation>
    </message>
    <message>
        <source>Type the %1</source>
        <translation>Escriba el %1</translation>
    </message>
    <message>
        <source>Type the hour and minutes</source>
        <translation>Escriba la hora y los minutos</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>nextsteps::DecisionsKeeper</name>
    <message>
        <source>Print What M&amp;atters and My Wishes With My Questions</source>
        <translation>Imprimir lo &amp;que importa y mis deseos con mis preguntas</translation>
    </message>
    <message>
        <source>Add questions from Where I stand</source>
        <translation>Agregar preguntas desde Dónde estoy</translation>
    </message>
    <message>
        <source>Changes to what matters and my wishes</source>
        <translation>Cambios en lo que importa y mis deseos</translation>
    </message>
    <message numerus="yes">
        <source>Added %n question(s) about your wishes to your list.</source>
        <translation>
            <numerusform>Se agregó %n pregunta sobre sus deseos a su lista.</numerusform>
            <numerusform>Se agregaron %n preguntas sobre sus deseos a su lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>What you wrote in Thinking It Through is kept. File &gt; Thinking It Through… opens it again.</source>
        <translation>Lo que escribió en Pensarlo bien quedó guardado. Archivo &gt; Pensarlo bien… lo vuelve a abrir.</translation>
    </message>
</context>
<context>
    <name>nextsteps::DecisionsPrintout</name>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <source>To the one beside me</source>
        <translation>Para quien me acompaña</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>What matters</source>
        <translation>Lo que importa</translation>
    </message>
    <message>
        <source>To me</source>
        <translation>Para mí</translation>
    </message>
    <message>
        <source>Same?</source>
        <translation>¿Igual?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Not important, a little, a lot, or most of all.</source>
        <translation>Nada importante, un poco, mucho o lo más importante.</translation>
    </message>
    <message>
        <source>Where I stand</source>
        <translation>Dónde estoy</translation>
    </message>
    <message>
        <source>I lean toward</source>
        <translation>Me inclino por</translation>
    </message>
    <message>
        <source>Yes / No</source>
        <translation>Sí / No</translation>
    </message>
    <message>
        <source>What would help me</source>
        <translation>Qué me ayudaría</translation>
    </message>
    <message>
        <source>Who speaks for me if I can’t</source>
        <translation>Quién habla por mí si yo no puedo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>What matters most to me</source>
        <translation>Lo que más me importa</translation>
    </message>
    <message>
        <source>My wishes</source>
        <translation>Mis deseos</translation>
    </message>
    <message>
        <source>My papers</source>
        <translation>Mis documentos</translation>
    </message>
    <message>
        <source>I have an advance directive</source>
        <translation>Tengo una directiva anticipada</translation>
    </message>
    <message>
        <source>I have a POLST</source>
        <translation>Tengo un POLST</translation>
    </message>
    <message>
        <source>What matters to me and my wishes</source>
        <translation>Lo que me importa y mis deseos</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Lo que me importa</translation>
    </message>
    <message>
        <source>This is not a legal document. It helps me talk with my family and my care team. My state has its own forms.</source>
        <translation>Esto no es un documento legal. Me ayuda a hablar con mi familia y mi equipo de atención médica. Mi estado tiene sus propios formularios.</translation>
    </message>
    <message>
        <source>I want to talk about this with my doctor.</source>
        <translation>Quiero hablar de esto con mi médico.</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Distinto</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>Todavía no lo sé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <comment>advance directive</comment>
        <translation>Dónde está guardada</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <comment>POLST</comment>
        <translation>Dónde está guardado</translation>
    </message>
    <message>
        <source>In my words</source>
        <translation>En mis palabras</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>nextsteps::DiaryCharts</name>
    <message>
        <source>The last month</source>
        <translation>El último mes</translation>
    </message>
    <message>
        <source>The last three months</source>
        <translation>Los últimos tres meses</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>All on one chart</source>
        <translation>Todo en un gráfico</translation>
    </message>
    <message>
        <source>One chart each</source>
        <translation>Un gráfico para cada uno</translation>
    </message>
    <message>
        <source>Numbers in a table</source>
        <translation>Los números en una tabla</translation>
    </message>
    <message>
        <source>&amp;As:</source>
        <translation>C&amp;omo:</translation>
    </message>
    <message>
        <source>Chart of the scores over time</source>
        <translation>Gráfico de los puntajes con el tiempo</translation>
    </message>
    <message>
        <source>Scores by day</source>
        <translation>Puntajes por día</translation>
    </message>
    <message>
        <source>No scores in these days yet.</source>
        <translation>Todavía no hay puntajes en estos días.</translation>
    </message>
    <message>
        <source>%1, %2: %3 of 10</source>
        <translation>%1, %2: %3 de 10</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4</source>
        <translation>%1, %2: %3 %4</translation>
    </message>
    <message>
        <source>Weight (%1)</source>
        <translation>Peso (%1)</translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation>Gráfico de %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
</context>
<context>
    <name>nextsteps::DiaryEntryForm</name>
    <message>
        <source>Da&amp;y:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Note for the day</source>
        <translation>Nota del día</translation>
    </message>
    <message>
        <source>&amp;Keep These Scores</source>
        <translation>&amp;Guardar estos puntajes</translation>
    </message>
    <message>
        <source>Choose What to &amp;Track…</source>
        <translation>Elegir qué ano&amp;tar…</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>Pe&amp;so:</translation>
    </message>
    <message>
        <source>0 is none, 10 is the worst</source>
        <translation>0 es nada, 10 es lo peor</translation>
    </message>
    <message>
        <source>Weight in %1</source>
        <translation>Peso en %1</translation>
    </message>
    <message>
        <source>Scores for a day</source>
        <translation>Puntajes de un día</translation>
    </message>
    <message>
        <source>That day has not come yet. Choose today or a day before.</source>
        <translation>Ese día todavía no llegó. Elija hoy o un día anterior.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>For each, 0 is none and 10 is the worst. Type a number or use the arrow keys; Enter goes on to the next; Delete leaves “–” (not scored). Each score is kept as you type it.</source>
        <translation>Para cada uno, 0 es nada y 10 es lo peor. Escriba un número o use las flechas; Enter pasa al siguiente; Suprimir deja “–” (sin puntaje). Cada puntaje se guarda mientras lo escribe.</translation>
    </message>
    <message>
        <source>Check the weight</source>
        <translation>Revise el peso</translation>
    </message>
    <message>
        <source>Is %1 %2 right?</source>
        <translation>¿Es correcto %1 %2?</translation>
    </message>
    <message>
        <source>It is far from the last weight, %1 %2 on %3.</source>
        <translation>Está lejos del último peso, %1 %2 el %3.</translation>
    </message>
    <message>
        <source>&amp;Yes, It Is Right</source>
        <translation>&amp;Sí, es correcto</translation>
    </message>
    <message>
        <source>&amp;Let Me Fix It</source>
        <translation>&amp;Quiero corregirlo</translation>
    </message>
</context>
<context>
    <name>nextsteps::DiaryKeeper</name>
    <message>
        <source>Diary</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>How I’ve been: my symptom diary</source>
        <translation>Cómo he estado: mi diario de síntomas</translation>
    </message>
    <message>
        <source>Print My Diary W&amp;ith My Questions</source>
        <translation>Imprimir mi diario con mis &amp;preguntas</translation>
    </message>
</context>
<context>
    <name>nextsteps::DiaryPane</name>
    <message>
        <source>How I’ve been</source>
        <translation>Cómo he estado</translation>
    </message>
    <message>
        <source>Scores for a day</source>
        <translation>Puntajes de un día</translation>
    </message>
    <message>
        <source>Since my last visit</source>
        <translation>Desde mi última visita</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Con el tiempo</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as Te&amp;xt…</source>
        <translation>Guardar como &amp;texto…</translation>
    </message>
    <message>
        <source>This diary was written by a newer version of Next Steps. You can read it here, but not change it.</source>
        <translation>Este diario se escribió con una versión más nueva de Next Steps. Aquí puede leerlo, pero no cambiarlo.</translation>
    </message>
    <message>
        <source>Your list can only be read here, so the diary cannot be changed either.</source>
        <translation>Aquí su lista solo se puede leer, así que el diario tampoco se puede cambiar.</translation>
    </message>
    <message>
        <source>Your last visit was %1. “Then” is your score on that day or just before; “Highest” is since then. Scores go from 0 (none) to 10 (the worst).</source>
        <translation>Su última visita fue el %1. “Entonces” es su puntaje ese día o justo antes; “Más alto” es desde entonces. Los puntajes van de 0 (nada) a 10 (lo peor).</translation>
    </message>
    <message>
        <source>No visit yet: these are since the diary began. Scores go from 0 (none) to 10 (the worst).</source>
        <translation>Todavía no hubo una visita: esto es desde que empezó el diario. Los puntajes van de 0 (nada) a 10 (lo peor).</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Entonces</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Más alto</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Some changes in breathing, swallowing, pain, coughing or the bowels are on the page &lt;a href=&quot;topic:urgent&quot;&gt;When to get help right away&lt;/a&gt;. Read it to see if one of yours is there.</source>
        <translation>Algunos cambios en la respiración, al tragar, en el dolor, la tos o los intestinos están en la página &lt;a href=&quot;topic:urgent&quot;&gt;Cuándo pedir ayuda de inmediato&lt;/a&gt;. Léala para ver si alguno de los suyos está allí.</translation>
    </message>
    <message>
        <source>The scores for %1 are cleared.</source>
        <translation>Se borraron los puntajes del %1.</translation>
    </message>
    <message>
        <source>Kept the scores for %1.</source>
        <translation>Se guardaron los puntajes del %1.</translation>
    </message>
    <message>
        <source>Choose what to track</source>
        <translation>Elegir qué anotar</translation>
    </message>
    <message>
        <source>Add the new and worse ones to To tell</source>
        <translation>Agregar los nuevos y los peores a “Para contarle”</translation>
    </message>
    <message>
        <source>%1 (%2 since my last visit)</source>
        <translation>%1 (%2 desde mi última visita)</translation>
    </message>
    <message numerus="yes">
        <source>%n added to To tell.</source>
        <translation>
            <numerusform>%n agregado a “Para contarle”.</numerusform>
            <numerusform>%n agregados a “Para contarle”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the New and Worse Ones to To Te&amp;ll</source>
        <translation>Agregar los nuevos y los peores a “Para &amp;contarle”</translation>
    </message>
    <message>
        <source>Print it w&amp;ith my questions</source>
        <translation>Imprimirlo con mis p&amp;reguntas</translation>
    </message>
    <message>
        <source>P&amp;rint or Save How I’ve Been</source>
        <translation>&amp;Imprimir o guardar cómo he estado</translation>
    </message>
    <message>
        <source>Scores for %1</source>
        <translation>Puntajes del %1</translation>
    </message>
    <message>
        <source>Nothing new or worse to add: To tell has them already.</source>
        <translation>Nada nuevo ni peor que agregar: “Para contarle” ya los tiene.</translation>
    </message>
</context>
<context>
    <name>nextsteps::DiaryPrintout</name>
    <message>
        <source>How I’ve been since my last visit</source>
        <translation>Cómo he estado desde mi última visita</translation>
    </message>
    <message>
        <source>Last visit: %1. Scores from 0 (none) to 10 (the worst).</source>
        <translation>Última visita: %1. Puntajes de 0 (nada) a 10 (lo peor).</translation>
    </message>
    <message>
        <source>Since the diary began. Scores from 0 (none) to 10 (the worst).</source>
        <translation>Desde que empezó el diario. Puntajes de 0 (nada) a 10 (lo peor).</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>At the last visit</source>
        <translation>En la última visita</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Highest since</source>
        <translation>Lo más alto desde entonces</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Weight: %1 then, %2 now</source>
        <translation>Peso: %1 entonces, %2 ahora</translation>
    </message>
</context>
<context>
    <name>nextsteps::EmergencyInfoDialog</name>
    <message>
        <source>For Emergency Staff</source>
        <translation>Hoja para emergencias</translation>
    </message>
    <message>
        <source>Through my nose and mouth (not printed)</source>
        <translation>Por la nariz y la boca (no se imprime)</translation>
    </message>
    <message>
        <source>Only through my neck: my voice box was removed (laryngectomy)</source>
        <translation>Solo por el cuello: me quitaron la laringe (laringectomía)</translation>
    </message>
    <message>
        <source>With a breathing tube in my neck (tracheostomy)</source>
        <translation>Con un tubo para respirar en el cuello (traqueostomía)</translation>
    </message>
    <message>
        <source>For example: Shiley 6, cuffless</source>
        <translation>Por ejemplo: Shiley 6, sin balón</translation>
    </message>
    <message>
        <source>Such as: Shiley 6</source>
        <translation>Como: Shiley 6</translation>
    </message>
    <message>
        <source>For example: on the fridge, in the blue folder</source>
        <translation>Por ejemplo: en el refrigerador, en la carpeta azul</translation>
    </message>
    <message>
        <source>Such as: on the fridge</source>
        <translation>Como: en el refrigerador</translation>
    </message>
    <message>
        <source>How I &amp;breathe:</source>
        <translation>&amp;Cómo respiro:</translation>
    </message>
    <message>
        <source>Breathing &amp;tube, type and size:</source>
        <translation>&amp;Tubo para respirar, tipo y tamaño:</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>&amp;Alergias:</translation>
    </message>
    <message>
        <source>&amp;Who speaks for me if I can&apos;t:</source>
        <translation>&amp;Quién habla por mí si yo no puedo:</translation>
    </message>
    <message>
        <source>Their &amp;phone:</source>
        <translation>Su telé&amp;fono:</translation>
    </message>
    <message>
        <source>Where my P&amp;OLST or advance directive is:</source>
        <translation>Dónde está mi P&amp;OLST o directiva anticipada:</translation>
    </message>
    <message>
        <source>Anything &amp;else staff should know:</source>
        <translation>Algo &amp;más que el personal deba saber:</translation>
    </message>
    <message>
        <source>How I breathe</source>
        <translation>Cómo respiro</translation>
    </message>
    <message>
        <source>Breathing tube, type and size</source>
        <translation>Tubo para respirar, tipo y tamaño</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Who speaks for me if I can&apos;t</source>
        <translation>Quién habla por mí si yo no puedo</translation>
    </message>
    <message>
        <source>Their phone</source>
        <translation>Su teléfono</translation>
    </message>
    <message>
        <source>Where my POLST or advance directive is</source>
        <translation>Dónde está mi POLST o directiva anticipada</translation>
    </message>
    <message>
        <source>Anything else staff should know</source>
        <translation>Algo más que el personal deba saber</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>One page for ambulance and hospital staff, in English and Spanish, to keep on the fridge or in a bag, how you breathe first and in the largest type. It also prints your medicines, your immunotherapy and your care team&apos;s numbers as you wrote them in Next Steps.</source>
        <translation>Una hoja para el personal de ambulancias y hospitales, en inglés y en español, para tener en el refrigerador o en un bolso: primero, y en la letra más grande, cómo respira usted. También imprime sus medicamentos, su inmunoterapia y los números de su equipo de atención tal como los anotó en Next Steps.</translation>
    </message>
    <message>
        <source>My &amp;name:</source>
        <translation>Mi &amp;nombre:</translation>
    </message>
    <message>
        <source>My name</source>
        <translation>Mi nombre</translation>
    </message>
</context>
<context>
    <name>nextsteps::FindBar</name>
    <message>
        <source>Find in page:</source>
        <translation>Buscar en la página:</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Buscar en la página</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No se encontró</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 de %n</numerusform>
            <numerusform>%1 de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>nextsteps::Guide</name>
    <message>
        <source>it is missing</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>es demasiado grande</translation>
    </message>
    <message>
        <source>The %1 could not be read: %2.</source>
        <translation>No se pudo leer el %1: %2.</translation>
    </message>
    <message>
        <source>The %1 is not valid JSON (%2 at offset %3).</source>
        <translation>El %1 no es JSON válido (%2 en la posición %3).</translation>
    </message>
    <message>
        <source>glossary file</source>
        <translation>archivo del glosario</translation>
    </message>
    <message>
        <source>A glossary entry has no id, term or definition.</source>
        <translation>Una entrada del glosario no tiene id, término o definición.</translation>
    </message>
    <message>
        <source>The glossary term id &quot;%1&quot; is used twice.</source>
        <translation>El id de término del glosario &quot;%1&quot; se usa dos veces.</translation>
    </message>
    <message>
        <source>guide index (guide.json)</source>
        <translation>índice de la guía (guide.json)</translation>
    </message>
    <message>
        <source>A source has no id or title.</source>
        <translation>Una fuente no tiene id o título.</translation>
    </message>
    <message>
        <source>The source id &quot;%1&quot; is used twice.</source>
        <translation>El id de fuente &quot;%1&quot; se usa dos veces.</translation>
    </message>
    <message>
        <source>The guide index lists no topics.</source>
        <translation>El índice de la guía no tiene temas.</translation>
    </message>
    <message>
        <source>A topic has no id or no title.</source>
        <translation>Un tema no tiene id o título.</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; has an unknown kind.</source>
        <translation>El tema &quot;%1&quot; es de un tipo desconocido.</translation>
    </message>
    <message>
        <source>The topic id &quot;%1&quot; is used twice.</source>
        <translation>El id de tema &quot;%1&quot; se usa dos veces.</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; has no valid &quot;last updated&quot; date.</source>
        <translation>El tema &quot;%1&quot; no tiene una fecha válida de &quot;última actualización&quot;.</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; has no valid &quot;facts checked&quot; date.</source>
        <translation>El tema &quot;%1&quot; no tiene una fecha válida de &quot;datos revisados&quot;.</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; names an unknown source &quot;%2&quot;.</source>
        <translation>El tema &quot;%1&quot; nombra una fuente desconocida &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; has a question with no id or no text.</source>
        <translation>El tema &quot;%1&quot; tiene una pregunta sin id o sin texto.</translation>
    </message>
    <message>
        <source>The question id &quot;%1&quot; is used twice.</source>
        <translation>El id de pregunta &quot;%1&quot; se usa dos veces.</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; names no Markdown file.</source>
        <translation>El tema &quot;%1&quot; no nombra ningún archivo Markdown.</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot;: the file %2 could not be read: %3.</source>
        <translation>Tema &quot;%1&quot;: no se pudo leer el archivo %2: %3.</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; is empty.</source>
        <translation>El tema &quot;%1&quot; está vacío.</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; links to an unknown glossary term &quot;%2&quot;.</source>
        <translation>El tema &quot;%1&quot; enlaza a un término del glosario desconocido &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; links to an unknown topic &quot;%2&quot;.</source>
        <translation>El tema &quot;%1&quot; enlaza a un tema desconocido &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Words you may hear from your care team, in plain language.</source>
        <translation>Palabras que puede oír de su equipo de atención médica, explicadas de forma sencilla.</translation>
    </message>
    <message>
        <source>This guide was written from these sources.</source>
        <translation>Esta guía se escribió a partir de estas fuentes.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Last updated: %1</source>
        <translation>Última actualización: %1</translation>
    </message>
    <message>
        <source>Facts checked: %1</source>
        <translation>Datos revisados: %1</translation>
    </message>
</context>
<context>
    <name>nextsteps::GuideBrowser</name>
    <message>
        <source>Topic text</source>
        <translation>Texto del tema</translation>
    </message>
    <message>
        <source>Phone number: %1</source>
        <translation>Número de teléfono: %1</translation>
    </message>
    <message>
        <source>Opened %1 in your web browser.</source>
        <translation>Se abrió %1 en su navegador web.</translation>
    </message>
    <message>
        <source>Could not open %1. You can type it into your web browser.</source>
        <translation>No se pudo abrir %1. Puede escribirlo en su navegador web.</translation>
    </message>
    <message>
        <source>Glossary word: %1. Press Enter for its meaning.</source>
        <translation>Palabra del glosario: %1. Presione Intro para ver su significado.</translation>
    </message>
    <message>
        <source>Link to the topic %1.</source>
        <translation>Enlace al tema %1.</translation>
    </message>
    <message>
        <source>Phone number: %1. Press Enter to show it.</source>
        <translation>Número de teléfono: %1. Presione Intro para verlo.</translation>
    </message>
    <message>
        <source>Web link: %1. It opens your web browser and leaves Next Steps.</source>
        <translation>Enlace web: %1. Abre su navegador web y sale de Next Steps.</translation>
    </message>
    <message>
        <source>Opens your web browser and leaves Next Steps: %1</source>
        <translation>Abre su navegador web y sale de Next Steps: %1</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Close the definition</source>
        <translation>Cerrar la definición</translation>
    </message>
    <message>
        <source>Heading level %1</source>
        <translation>Encabezado de nivel %1</translation>
    </message>
</context>
<context>
    <name>nextsteps::ListKeeper</name>
    <message>
        <source>Your list is saved.</source>
        <translation>Su lista está guardada.</translation>
    </message>
    <message>
        <source>Your list could not be saved: %1 Your questions are still here, and the last saved list is kept as it was. Saving will be tried again every few seconds.</source>
        <translation>No se pudo guardar su lista: %1 Sus preguntas siguen aquí, y la última lista guardada se conserva como estaba. Se volverá a intentar guardar cada pocos segundos.</translation>
    </message>
    <message>
        <source>Your list was changed outside Next Steps</source>
        <translation>Su lista se cambió fuera de Next Steps</translation>
    </message>
    <message>
        <source>Your list was changed on this computer by something other than this window (for example a sync folder or a restored backup) since it was last saved here.</source>
        <translation>Su lista se cambió en esta computadora desde otro lugar que no es esta ventana (por ejemplo, una carpeta sincronizada o una copia de seguridad restaurada) desde la última vez que se guardó aquí.</translation>
    </message>
    <message>
        <source>Which list do you want to keep? Nothing is deleted either way: the one you do not keep is saved beside it as a copy.</source>
        <translation>¿Qué lista quiere conservar? No se elimina nada en ningún caso: la que no conserve se guarda al lado como copia.</translation>
    </message>
    <message>
        <source>Keep &amp;Mine (Keep the Other Aside)</source>
        <translation>Conservar la &amp;mía (guardar la otra aparte)</translation>
    </message>
    <message>
        <source>&amp;Show the Changed List (Keep Mine Aside)</source>
        <translation>Mostrar la lista &amp;cambiada (guardar la mía aparte)</translation>
    </message>
    <message>
        <source>Your list could not be saved</source>
        <translation>No se pudo guardar su lista</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved: %1</source>
        <translation>No se pudieron guardar sus últimos cambios: %1</translation>
    </message>
    <message>
        <source>You can save a copy somewhere else, such as your Documents folder, so that nothing is lost.</source>
        <translation>Puede guardar una copia en otro lugar, como su carpeta Documentos, para que no se pierda nada.</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>&amp;Quit Without Saving</source>
        <translation>&amp;Salir sin guardar</translation>
    </message>
    <message>
        <source>&amp;Keep Next Steps Open</source>
        <translation>&amp;Dejar Next Steps abierto</translation>
    </message>
    <message>
        <source>Save a Copy of Your List</source>
        <translation>Guardar una copia de su lista</translation>
    </message>
    <message>
        <source>Next Steps lists (*.json)</source>
        <translation>Listas de Next Steps (*.json)</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>No se pudo guardar la copia: %1</translation>
    </message>
</context>
<context>
    <name>nextsteps::ListSession</name>
    <message>
        <source>Start a &amp;New List Here</source>
        <translation>Empezar aquí una lista &amp;nueva</translation>
    </message>
    <message>
        <source>A lock file left beside your list (by a Next Steps that stopped suddenly) was empty or damaged. It has been replaced, and your list opens as usual.</source>
        <translation>Un archivo de bloqueo junto a su lista (de un Next Steps que se cerró de repente) estaba vacío o dañado. Se reemplazó, y su lista se abre como siempre.</translation>
    </message>
    <message>
        <source>it is open in another Next Steps window</source>
        <translation>está abierta en otra ventana de Next Steps</translation>
    </message>
    <message>
        <source>Your list is open in another Next Steps window. Here you can read it, but changes are made in the other window, so that nothing is saved twice.</source>
        <translation>Su lista está abierta en otra ventana de Next Steps. Aquí puede leerla, pero los cambios se hacen en la otra ventana, para que nada se guarde dos veces.</translation>
    </message>
    <message>
        <source>it may be open on another computer (%1)</source>
        <translation>puede estar abierta en otra computadora (%1)</translation>
    </message>
    <message>
        <source>Your list seems to be open in Next Steps on another computer, “%1” (through a shared or synced folder). So that the two never save over each other, you can only read it here. If it is not open there any more (for example, that computer was switched off without closing Next Steps), choose Open Anyway.</source>
        <translation>Parece que su lista está abierta en Next Steps en otra computadora, «%1» (a través de una carpeta compartida o sincronizada). Para que nunca se guarde una encima de la otra, aquí solo puede leerla. Si ya no está abierta allá (por ejemplo, esa computadora se apagó sin cerrar Next Steps), elija Abrir de todos modos.</translation>
    </message>
    <message>
        <source>Open &amp;Anyway</source>
        <translation>&amp;Abrir de todos modos</translation>
    </message>
    <message>
        <source>another program may be using it</source>
        <translation>puede que otro programa la esté usando</translation>
    </message>
    <message>
        <source>Your list seems to be in use by another program, but which one could not be found out. So that nothing is saved twice, you can only read it here. If no other Next Steps is open, choose Open Anyway.</source>
        <translation>Parece que otro programa está usando su lista, pero no se pudo saber cuál. Para que nada se guarde dos veces, aquí solo puede leerla. Si no hay otro Next Steps abierto, elija Abrir de todos modos.</translation>
    </message>
    <message>
        <source>Your list could not be opened for changes: the lock beside it could not be replaced. You can still read it here.</source>
        <translation>No se pudo abrir su lista para hacer cambios: no se pudo reemplazar el bloqueo que está a su lado. Aún puede leerla aquí.</translation>
    </message>
    <message>
        <source>Your list is open for changes in this window now, and is saved as usual. If it is still open elsewhere, close it there.</source>
        <translation>Ahora su lista está abierta para cambios en esta ventana, y se guarda como siempre. Si todavía está abierta en otro lugar, ciérrela allá.</translation>
    </message>
    <message>
        <source>A new list could not be started at %1. You can still read this window, but nothing is saved.</source>
        <translation>No se pudo empezar una lista nueva en %1. Aún puede leer esta ventana, pero no se guarda nada.</translation>
    </message>
    <message>
        <source>A new, empty list is started at %1, and is saved as you add questions. The link that led nowhere was removed.</source>
        <translation>Se empezó una lista nueva y vacía en %1, y se guarda a medida que agrega preguntas. Se quitó el enlace que no llevaba a ningún lugar.</translation>
    </message>
</context>
<context>
    <name>nextsteps::ListenBar</name>
    <message>
        <source>R&amp;ead Aloud</source>
        <translation>Leer en &amp;voz alta</translation>
    </message>
    <message>
        <source>&amp;Pause Reading</source>
        <translation>Pa&amp;usar la lectura</translation>
    </message>
    <message>
        <source>Pause or Resume Reading</source>
        <translation>Pausar o reanudar la lectura</translation>
    </message>
    <message>
        <source>&amp;Stop Reading</source>
        <translation>&amp;Detener la lectura</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Velocidad de lectura</translation>
    </message>
    <message>
        <source>Much slower</source>
        <translation>Mucho más lento</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Más lento</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>Mucho más rápido</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation>Ve&amp;locidad:</translation>
    </message>
    <message>
        <source>Read this topic aloud, or the text you selected (%1)</source>
        <translation>Leer este tema en voz alta, o el texto que seleccionó (%1)</translation>
    </message>
    <message>
        <source>Res&amp;ume Reading</source>
        <translation>&amp;Reanudar la lectura</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>nextsteps::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>My &amp;Medicines…</source>
        <translation>Mis medi&amp;camentos…</translation>
    </message>
    <message>
        <source>&amp;Open List…</source>
        <translation>&amp;Abrir lista…</translation>
    </message>
    <message>
        <source>Open a Question List</source>
        <translation>Abrir una lista de preguntas</translation>
    </message>
    <message>
        <source>Question lists (*.json);;All files (*)</source>
        <translation>Listas de preguntas (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as Te&amp;xt…</source>
        <translation>Guardar como &amp;texto…</translation>
    </message>
    <message>
        <source>Print &amp;Wallet Card…</source>
        <translation>Imp&amp;rimir tarjeta para la cartera…</translation>
    </message>
    <message>
        <source>Print This &amp;Topic…</source>
        <translation>Imprimir este te&amp;ma…</translation>
    </message>
    <message>
        <source>Save This Topic as PD&amp;F…</source>
        <translation>Guardar este tema como PD&amp;F…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Search All Topics</source>
        <translation>Buscar en t&amp;odos los temas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>A&amp;grandar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ac&amp;hicar</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño normal</translation>
    </message>
    <message>
        <source>Go to &amp;Topics</source>
        <translation>Ir a los te&amp;mas</translation>
    </message>
    <message>
        <source>Go to &amp;Reading</source>
        <translation>Ir a la &amp;lectura</translation>
    </message>
    <message>
        <source>Go to My &amp;Questions</source>
        <translation>Ir a mis &amp;preguntas</translation>
    </message>
    <message>
        <source>Go to M&amp;y Things to Tell</source>
        <translation>Ir a las cosas &amp;que contar</translation>
    </message>
    <message>
        <source>&amp;Panes</source>
        <translation>Pa&amp;neles</translation>
    </message>
    <message>
        <source>Sho&amp;w Topics</source>
        <translation>Mostrar la li&amp;sta de temas</translation>
    </message>
    <message>
        <source>Show My Questio&amp;ns</source>
        <translation>M&amp;ostrar mis preguntas</translation>
    </message>
    <message>
        <source>Ma&amp;ke the Reading Pane Wider</source>
        <translation>E&amp;xtender el panel de lectura</translation>
    </message>
    <message>
        <source>&amp;Make the Reading Pane Narrower</source>
        <translation>De&amp;jar el panel de lectura más angosto</translation>
    </message>
    <message>
        <source>Make the Topic Te&amp;xt Taller</source>
        <translation>Dar ma&amp;yor altura al texto del tema</translation>
    </message>
    <message>
        <source>Make the Topi&amp;c Text Shorter</source>
        <translation>&amp;Bajar la altura del texto del tema</translation>
    </message>
    <message>
        <source>The topic text is as tall as it can be.</source>
        <translation>El texto del tema ya está lo más alto posible.</translation>
    </message>
    <message>
        <source>The topic text is as short as it can be.</source>
        <translation>El texto del tema ya está lo más bajo posible.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>&amp;Follow the System</source>
        <translation>&amp;Seguir al sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High Contrast (Black, White and Yellow)</source>
        <translation>&amp;Alto contraste (negro, blanco y amarillo)</translation>
    </message>
    <message>
        <source>R&amp;ead Aloud</source>
        <translation>Leer en &amp;voz alta</translation>
    </message>
    <message>
        <source>Rea&amp;d My Questions Aloud</source>
        <translation>Leer mis pregu&amp;ntas en voz alta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>When to Get &amp;Help Right Away</source>
        <translation>Cuándo buscar a&amp;yuda de inmediato</translation>
    </message>
    <message>
        <source>My &amp;Care Team…</source>
        <translation>Mi &amp;equipo de atención…</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Where Is My List Saved?</source>
        <translation>¿&amp;Dónde se guarda mi lista?</translation>
    </message>
    <message>
        <source>&amp;About Next Steps</source>
        <translation>A&amp;cerca de Next Steps</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Voice Speed</source>
        <translation>Ve&amp;locidad de la voz</translation>
    </message>
    <message>
        <source>My &amp;Cancer and Treatments…</source>
        <translation>Mi cáncer y mis tratamient&amp;os…</translation>
    </message>
    <message>
        <source>&amp;Back Up Everything…</source>
        <translation>&amp;Hacer una copia de seguridad de todo…</translation>
    </message>
    <message>
        <source>&amp;Restore from a Backup…</source>
        <translation>Resta&amp;urar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Go to My &amp;Symptom Diary</source>
        <translation>Ir a mi &amp;diario de síntomas</translation>
    </message>
    <message>
        <source>For &amp;Emergency Staff…</source>
        <translation>Ho&amp;ja para emergencias…</translation>
    </message>
    <message>
        <source>&amp;Speak for Me…</source>
        <translation>&amp;Hablar por mí…</translation>
    </message>
    <message>
        <source>T&amp;hinking It Through…</source>
        <translation>Pensarlo &amp;bien…</translation>
    </message>
</context>
<context>
    <name>nextsteps::MainWindow</name>
    <message>
        <source>Text size %1%</source>
        <translation>Tamaño del texto: %1%</translation>
    </message>
    <message>
        <source>Next Steps</source>
        <translation>Next Steps</translation>
    </message>
    <message>
        <source>Drag to make the parts wider or narrower</source>
        <translation>Arrastre para hacer las partes más anchas o más angostas</translation>
    </message>
    <message>
        <source>The guide and the menus are now in English.</source>
        <translation>La guía y los menús ahora están en español.</translation>
    </message>
    <message>
        <source>This list is already open in this window.</source>
        <translation>Esta lista ya está abierta en esta ventana.</translation>
    </message>
    <message>
        <source>Your list has no questions to read aloud yet.</source>
        <translation>Su lista todavía no tiene preguntas para leer en voz alta.</translation>
    </message>
</context>
<context>
    <name>nextsteps::MattersPage</name>
    <message>
        <source>the one beside me</source>
        <translation>quien me acompaña</translation>
    </message>
    <message>
        <source>How much does each of these matter to you now? There are no right answers, and they can change. Add anything else that matters to you.</source>
        <translation>¿Cuánto le importa ahora cada una de estas cosas? No hay respuestas correctas, y pueden cambiar. Agregue cualquier otra cosa que le importe.</translation>
    </message>
    <message>
        <source>Someone &amp;beside me rates these too</source>
        <translation>Alguien que me &amp;acompaña también califica</translation>
    </message>
    <message>
        <source>Who rates beside me</source>
        <translation>Quién califica conmigo</translation>
    </message>
    <message>
        <source>For example: Ana, my daughter</source>
        <translation>Por ejemplo: Ana, mi hija</translation>
    </message>
    <message>
        <source>Such as: Ana</source>
        <translation>Como: Ana</translation>
    </message>
    <message>
        <source>Their &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>What matters</source>
        <translation>Lo que importa</translation>
    </message>
    <message>
        <source>To me</source>
        <translation>Para mí</translation>
    </message>
    <message>
        <source>Same or different</source>
        <translation>Igual o distinto</translation>
    </message>
    <message>
        <source>Something else that matters to me</source>
        <translation>Otra cosa que me importa</translation>
    </message>
    <message>
        <source>For example: being at my grandson’s wedding in June</source>
        <translation>Por ejemplo: estar en la boda de mi nieto en junio</translation>
    </message>
    <message>
        <source>Such as: a wedding</source>
        <translation>Como: una boda</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;gregar</translation>
    </message>
    <message>
        <source>Something &amp;else:</source>
        <translation>&amp;Otra cosa:</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>%1: how much it matters to me</source>
        <translation>%1: cuánto me importa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Quitar «%1»</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>%1: how much it matters to %2</source>
        <translation>%1: cuánto le importa a %2</translation>
    </message>
</context>
<context>
    <name>nextsteps::MedicinesDialog</name>
    <message>
        <source>My Medicines</source>
        <translation>Mis medicamentos</translation>
    </message>
    <message>
        <source>&amp;Print my medicines on a page of their own, to hand to the nurse</source>
        <translation>&amp;Imprimir mis medicamentos en una página aparte, para dársela a la enfermera</translation>
    </message>
</context>
<context>
    <name>nextsteps::MyWishes</name>
    <message>
        <source>About going to the hospital</source>
        <translation>Sobre ir al hospital</translation>
    </message>
    <message>
        <source>About a breathing machine</source>
        <translation>Sobre una máquina para respirar</translation>
    </message>
    <message>
        <source>About a feeding tube</source>
        <translation>Sobre una sonda de alimentación</translation>
    </message>
    <message>
        <source>Where I would like to be cared for</source>
        <translation>Dónde me gustaría recibir los cuidados</translation>
    </message>
    <message>
        <source>Anything else my family and doctors should know</source>
        <translation>Otra cosa que mi familia y mis médicos deben saber</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>Can we talk about my wishes about going to the hospital?</source>
        <translation>¿Podemos hablar de mis deseos sobre ir al hospital?</translation>
    </message>
    <message>
        <source>Can we talk about my wishes about a breathing machine?</source>
        <translation>¿Podemos hablar de mis deseos sobre una máquina para respirar?</translation>
    </message>
    <message>
        <source>Can we talk about my wishes about a feeding tube?</source>
        <translation>¿Podemos hablar de mis deseos sobre una sonda de alimentación?</translation>
    </message>
    <message>
        <source>Can we talk about where I would like to be cared for?</source>
        <translation>¿Podemos hablar de dónde me gustaría recibir los cuidados?</translation>
    </message>
    <message>
        <source>Can we talk about my wishes for my care?</source>
        <translation>¿Podemos hablar de mis deseos sobre mi atención?</translation>
    </message>
    <message>
        <source>Can we talk about who should speak for me if I can’t?</source>
        <translation>¿Podemos hablar de quién debería hablar por mí si yo no puedo?</translation>
    </message>
    <message>
        <source>Can we talk about an advance directive and a POLST for me?</source>
        <translation>¿Podemos hablar de una directiva anticipada y un POLST para mí?</translation>
    </message>
</context>
<context>
    <name>nextsteps::NewListDialog</name>
    <message>
        <source>Start a New List</source>
        <translation>Empezar una lista nueva</translation>
    </message>
    <message>
        <source>Your list for %1 will be kept in File &gt; Past Lists, where you can read it, print it or bring it back. The new list starts empty, without visit details.</source>
        <translation>Su lista del %1 se guardará en Archivo &gt; Listas anteriores, donde podrá leerla, imprimirla o recuperarla. La lista nueva empieza vacía, sin datos de la visita.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Take along the %n question(s) not asked yet</source>
        <translation>
            <numerusform>&amp;Llevar %n pregunta pendiente</numerusform>
            <numerusform>&amp;Llevar las %n preguntas pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start a New List</source>
        <translation>&amp;Empezar una lista nueva</translation>
    </message>
</context>
<context>
    <name>nextsteps::NoticeBar</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
</context>
<context>
    <name>nextsteps::OptionsPage</name>
    <message>
        <source>Choices side by side</source>
        <translation>Opciones lado a lado</translation>
    </message>
    <message>
        <source>Add This Choice’s &amp;Questions to My List</source>
        <translation>Agregar las &amp;preguntas de esta opción a mi lista</translation>
    </message>
    <message>
        <source>&amp;Read About This Choice</source>
        <translation>Lee&amp;r sobre esta opción</translation>
    </message>
    <message>
        <source>%1. Not reviewed by a clinician: ask your care team how each choice fits you.</source>
        <translation>%1. No lo revisó un profesional clínico: pregunte a su equipo de atención médica cómo le encaja cada opción.</translation>
    </message>
    <message>
        <source>Where These Facts &amp;Come From</source>
        <translation>De dónde vienen estos &amp;datos</translation>
    </message>
</context>
<context>
    <name>nextsteps::PagedPrinter</name>
    <message>
        <source>The page is too small to print on.</source>
        <translation>La página es demasiado pequeña para imprimir.</translation>
    </message>
    <message>
        <source>Part of the text could not be placed on the pages, so nothing was printed.</source>
        <translation>Una parte del texto no cupo en las páginas, así que no se imprimió nada.</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Impreso el %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The printer or file could not be opened.</source>
        <translation>No se pudo abrir la impresora o el archivo.</translation>
    </message>
    <message>
        <source>The printer did not take a new page.</source>
        <translation>La impresora no aceptó una página nueva.</translation>
    </message>
    <message>
        <source>The pages could not be finished.</source>
        <translation>No se pudieron terminar las páginas.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>No se pudo escribir el PDF en %1.</translation>
    </message>
</context>
<context>
    <name>nextsteps::PastListsDialog</name>
    <message>
        <source>Past Lists</source>
        <translation>Listas anteriores</translation>
    </message>
    <message>
        <source>Past lists</source>
        <translation>Listas anteriores</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen past list</source>
        <translation>La lista anterior elegida</translation>
    </message>
    <message>
        <source>&amp;Bring Back This List</source>
        <translation>&amp;Recuperar esta lista</translation>
    </message>
    <message>
        <source>See the chosen list&apos;s pages, then print it or save it as a PDF</source>
        <translation>Vea las páginas de la lista elegida y luego imprímala o guárdela como PDF</translation>
    </message>
    <message>
        <source>There are no past lists yet. When you choose “Start a New List”, the list you had is kept here.</source>
        <translation>Todavía no hay listas anteriores. Cuando elija «Empezar una lista nueva», la lista que tenía se guarda aquí.</translation>
    </message>
    <message>
        <source>&amp;Print or Preview…</source>
        <translation>&amp;Imprimir o ver la vista previa…</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>Guardar como PD&amp;F…</translation>
    </message>
    <message>
        <source>Save the chosen list as a PDF</source>
        <translation>Guardar la lista elegida como PDF</translation>
    </message>
    <message>
        <source>Save as &amp;Text…</source>
        <translation>Guardar como &amp;texto…</translation>
    </message>
    <message>
        <source>Save the chosen list as plain text, to paste into an email or a patient portal</source>
        <translation>Guardar la lista elegida como texto simple, para pegarla en un correo electrónico o en un portal del paciente</translation>
    </message>
    <message>
        <source>C&amp;opy Questions to My List</source>
        <translation>C&amp;opiar las preguntas a mi lista</translation>
    </message>
    <message>
        <source>Add the chosen list&apos;s questions to the list you have open, not yet asked</source>
        <translation>Agregar las preguntas de la lista elegida a la lista que tiene abierta, como no preguntadas</translation>
    </message>
    <message>
        <source>&amp;Delete This List…</source>
        <translation>&amp;Eliminar esta lista…</translation>
    </message>
    <message>
        <source>Delete the chosen past list. You are asked first.</source>
        <translation>Eliminar la lista anterior elegida. Antes se le pide confirmación.</translation>
    </message>
    <message>
        <source>Open the chosen list again. The list you have open is kept here.</source>
        <translation>Abrir de nuevo la lista elegida. La lista que tiene abierta se guarda aquí.</translation>
    </message>
    <message>
        <source>%1, with %2</source>
        <translation>%1, con %2</translation>
    </message>
</context>
<context>
    <name>nextsteps::PastListsKeeper</name>
    <message>
        <source>Your list for %1 is in File &gt; Past Lists. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Su lista del %1 está en Archivo &gt; Listas anteriores. Editar &gt; Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Your list is back.</source>
        <translation>Se recuperó su lista.</translation>
    </message>
    <message>
        <source>Other changes came after the new list. Use Edit &gt; Undo to go back step by step.</source>
        <translation>Hubo otros cambios después de la lista nueva. Use Editar &gt; Deshacer para volver paso a paso.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) copied to your list.</source>
        <translation>
            <numerusform>Se copió %n pregunta a su lista.</numerusform>
            <numerusform>Se copiaron %n preguntas a su lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>These questions are already on your list.</source>
        <translation>Estas preguntas ya están en su lista.</translation>
    </message>
    <message>
        <source>Delete a Past List</source>
        <translation>Eliminar una lista anterior</translation>
    </message>
    <message>
        <source>Delete your list for %1?</source>
        <translation>¿Eliminar su lista del %1?</translation>
    </message>
    <message>
        <source>Its questions and answers are deleted from this computer. Edit &gt; Undo (Ctrl+Z) brings the list back until you close Next Steps.</source>
        <translation>Sus preguntas y respuestas se eliminan de esta computadora. Editar &gt; Deshacer (Ctrl+Z) recupera la lista mientras no cierre Next Steps.</translation>
    </message>
    <message>
        <source>&amp;Delete the List</source>
        <translation>&amp;Eliminar la lista</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Conservarla</translation>
    </message>
    <message>
        <source>Your list for %1 was deleted. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Se eliminó su lista del %1. Editar &gt; Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <source>The past list is back. The list you had open was put away.</source>
        <translation>Se recuperó la lista anterior. La lista que tenía abierta se guardó aparte.</translation>
    </message>
</context>
<context>
    <name>nextsteps::PhraseBoard</name>
    <message>
        <source>My phrases</source>
        <translation>Mis frases</translation>
    </message>
</context>
<context>
    <name>nextsteps::PhrasesKeeper</name>
    <message>
        <source>I BREATHE THROUGH MY NECK</source>
        <translation>RESPIRO POR EL CUELLO</translation>
    </message>
    <message>
        <source>Change what emergency staff should know</source>
        <translation>Cambiar lo que el personal de emergencias debe saber</translation>
    </message>
</context>
<context>
    <name>nextsteps::PrintController</name>
    <message>
        <source>Lar&amp;ge Print</source>
        <translation>Letra &amp;grande</translation>
    </message>
    <message>
        <source>Print with bigger letters (16 point)</source>
        <translation>Imprimir con letras más grandes (16 puntos)</translation>
    </message>
    <message>
        <source>Printing did not work: %1</source>
        <translation>No se pudo imprimir: %1</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Imprimir: %1</translation>
    </message>
    <message>
        <source>“%1” was sent to the printer.</source>
        <translation>«%1» se envió a la impresora.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the PDF as %1.</source>
        <translation>Se guardó el PDF como %1.</translation>
    </message>
    <message>
        <source>The PDF could not be saved. %1</source>
        <translation>No se pudo guardar el PDF. %1</translation>
    </message>
    <message>
        <source>Save as Text</source>
        <translation>Guardar como texto</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Saved the text as %1.</source>
        <translation>Se guardó el texto como %1.</translation>
    </message>
    <message>
        <source>The text could not be saved. %1</source>
        <translation>No se pudo guardar el texto. %1</translation>
    </message>
    <message>
        <source>Print My &amp;Medicines on Their Own Page</source>
        <translation>Imprimir mis &amp;medicamentos en una página aparte</translation>
    </message>
    <message>
        <source>“%1” was sent to the printer. Print at 100%, not “fit to page”, so the card is the size of a credit card.</source>
        <translation>“%1” se envió a la impresora. Imprima al 100 %, no “ajustar a la página”, para que la tarjeta tenga el tamaño de una tarjeta de crédito.</translation>
    </message>
</context>
<context>
    <name>nextsteps::PrintOrSaveButton</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as Te&amp;xt…</source>
        <translation>Guardar como &amp;texto…</translation>
    </message>
</context>
<context>
    <name>nextsteps::PrintPreviewDialog</name>
    <message>
        <source>Print Preview: %1</source>
        <translation>Vista previa de impresión: %1</translation>
    </message>
    <message>
        <source>The pages as they will print</source>
        <translation>Las páginas como se imprimirán</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ac&amp;hicar</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>A&amp;grandar</translation>
    </message>
    <message>
        <source>&amp;Fit to Width</source>
        <translation>Ajustar al &amp;ancho</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>&amp;Letra grande</translation>
    </message>
    <message>
        <source>Bigger letters on the paper, for easier reading</source>
        <translation>Letras más grandes en el papel, para leer mejor</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>nextsteps::PrivateFile</name>
    <message>
        <source>There is not enough free space on the disk (%1 KB free).</source>
        <translation>No hay suficiente espacio libre en el disco (quedan %1 KB).</translation>
    </message>
    <message>
        <source>The disk did not say why; it may be full or unplugged.</source>
        <translation>El disco no dijo por qué; puede que esté lleno o desconectado.</translation>
    </message>
    <message>
        <source>The file could not be opened for saving: %1</source>
        <translation>No se pudo abrir el archivo para guardar: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <source>only part of it could be written.</source>
        <translation>solo se pudo escribir una parte.</translation>
    </message>
    <message>
        <source>Saving was interrupted.</source>
        <translation>Se interrumpió el guardado.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>No se pudo guardar el archivo: %1</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a folder, a device or a pipe). Please choose another name. Nothing was written.</source>
        <translation>%1 no es un archivo común (es una carpeta, un dispositivo o una tubería). Elija otro nombre, por favor. No se escribió nada.</translation>
    </message>
    <message>
        <source>%1 is in the folder where Next Steps keeps your list and its copies. Writing there could replace them, so nothing was written. Please choose another folder, such as Documents.</source>
        <translation>%1 está en la carpeta donde Next Steps guarda su lista y sus copias. Escribir ahí podría reemplazarlas, así que no se escribió nada. Elija otra carpeta, por favor, como Documentos.</translation>
    </message>
    <message>
        <source>%1 is your list, or a copy Next Steps keeps of it. Writing there would replace it, so nothing was written. Please choose another name.</source>
        <translation>%1 es su lista, o una copia que Next Steps guarda de ella. Escribir ahí la reemplazaría, así que no se escribió nada. Elija otro nombre, por favor.</translation>
    </message>
    <message>
        <source>There is no folder %1. Please choose a folder that is there.</source>
        <translation>No existe la carpeta %1. Elija una carpeta que exista, por favor.</translation>
    </message>
</context>
<context>
    <name>nextsteps::QtSpeech</name>
    <message>
        <source>No voice for reading aloud is installed on this computer. On Debian or Ubuntu, install the package qt6-speech-speechd-plugin or qt6-speech-flite-plugin.</source>
        <translation>Esta computadora no tiene una voz instalada para leer en voz alta. En Debian o Ubuntu, instale el paquete qt6-speech-speechd-plugin o qt6-speech-flite-plugin.</translation>
    </message>
    <message>
        <source>The voices for reading aloud on this computer could not be started (%1).</source>
        <translation>No se pudieron iniciar las voces para leer en voz alta de esta computadora (%1).</translation>
    </message>
</context>
<context>
    <name>nextsteps::QuestionDetails</name>
    <message>
        <source>Asked</source>
        <translation>Preguntada</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>Answer or notes:</source>
        <translation>Respuesta o notas:</translation>
    </message>
    <message>
        <source>Answer or notes for the selected question</source>
        <translation>Respuesta o notas de la pregunta elegida</translation>
    </message>
    <message>
        <source>Write down what the doctor said.</source>
        <translation>Anote lo que dijo el médico.</translation>
    </message>
</context>
<context>
    <name>nextsteps::ReadAloud</name>
    <message>
        <source>This computer has no %1 voice for reading aloud. The speech settings of your system may offer one to install.</source>
        <translation>Esta computadora no tiene una voz en %1 para leer en voz alta. La configuración de voz de su sistema puede ofrecerle una para instalar.</translation>
    </message>
    <message>
        <source>There is nothing here to read aloud.</source>
        <translation>Aquí no hay nada para leer en voz alta.</translation>
    </message>
    <message>
        <source>Reading aloud stopped: %1</source>
        <translation>La lectura en voz alta se detuvo: %1</translation>
    </message>
    <message>
        <source>Finished reading aloud.</source>
        <translation>Terminó la lectura en voz alta.</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>no %1 voice on this computer</source>
        <translation>no hay voz en %1 en esta computadora</translation>
    </message>
    <message>
        <source>the sound could not be played on this computer</source>
        <translation>no se pudo reproducir el sonido en esta computadora</translation>
    </message>
</context>
<context>
    <name>nextsteps::ReadingPane</name>
    <message>
        <source>&amp;Find in Page…</source>
        <translation>B&amp;uscar en la página…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar siguie&amp;nte</translation>
    </message>
    <message>
        <source>Find Previ&amp;ous</source>
        <translation>Buscar an&amp;terior</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>At&amp;rás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Adelante</translation>
    </message>
    <message>
        <source>Topic text: %1</source>
        <translation>Texto del tema: %1</translation>
    </message>
    <message>
        <source>Next Steps</source>
        <translation>Next Steps</translation>
    </message>
    <message>
        <source>Part of the guide could not be loaded</source>
        <translation>No se pudo cargar una parte de la guía</translation>
    </message>
    <message>
        <source>Your question list is safe. These parts of the guide have a problem:</source>
        <translation>Su lista de preguntas está a salvo. Estas partes de la guía tienen un problema:</translation>
    </message>
    <message>
        <source>Questions you might ask.</source>
        <translation>Preguntas que podría hacer.</translation>
    </message>
    <message>
        <source>This topic has no headings</source>
        <translation>Este tema no tiene encabezados</translation>
    </message>
    <message>
        <source>Heading: %1</source>
        <translation>Encabezado: %1</translation>
    </message>
    <message>
        <source>Go to Headin&amp;g…</source>
        <translation>Ir a un en&amp;cabezado…</translation>
    </message>
    <message>
        <source>Headings in this topic</source>
        <translation>Encabezados de este tema</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) you might ask</source>
        <translation>
            <numerusform>%n pregunta que podría hacer</numerusform>
            <numerusform>%n preguntas que podría hacer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) to ask</source>
        <translation>
            <numerusform>%n pregunta para hacer</numerusform>
            <numerusform>%n preguntas para hacer</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the questions you might ask, below the text</source>
        <translation>Ocultar las preguntas que podría hacer, debajo del texto</translation>
    </message>
    <message>
        <source>Show the questions you might ask, below the text</source>
        <translation>Mostrar las preguntas que podría hacer, debajo del texto</translation>
    </message>
    <message>
        <source>Show the Questions You &amp;Might Ask</source>
        <translation>Mo&amp;strar las preguntas que podría hacer</translation>
    </message>
</context>
<context>
    <name>nextsteps::RecordListEditor</name>
    <message>
        <source>Something to tell, like “pain in my left ear”</source>
        <translation>Algo que contar, como “dolor en el oído izquierdo”</translation>
    </message>
    <message>
        <source>New thing to tell the doctor</source>
        <translation>Algo nuevo que contarle al médico</translation>
    </message>
    <message>
        <source>Things to tell my doctor</source>
        <translation>Cosas que contarle a mi médico</translation>
    </message>
    <message>
        <source>The name of a medicine</source>
        <translation>El nombre de un medicamento</translation>
    </message>
    <message>
        <source>New medicine</source>
        <translation>Medicamento nuevo</translation>
    </message>
    <message>
        <source>My medicines</source>
        <translation>Mis medicamentos</translation>
    </message>
    <message>
        <source>A name, like “Dr. Ana Lee”</source>
        <translation>Un nombre, como “Dra. Ana Lee”</translation>
    </message>
    <message>
        <source>New person on my care team</source>
        <translation>Persona nueva en mi equipo de atención</translation>
    </message>
    <message>
        <source>My care team</source>
        <translation>Mi equipo de atención</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;gregar</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Eli&amp;minar</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Symptoms and changes since your last visit. Double-click a cell, or go to it with the arrow keys and type, to write since when, how bad it is from 0 (not at all) to 10 (the worst), and what helps.</source>
        <translation>Síntomas y cambios desde su última visita. Haga doble clic en una celda, o vaya a ella con las flechas del teclado y escriba, para anotar desde cuándo, qué tan fuerte es de 0 (nada) a 10 (lo peor) y qué le ayuda.</translation>
    </message>
    <message>
        <source>Every medicine you take, with vitamins and herbs. Double-click a cell, or go to it with the arrow keys and type, to write the dose, how often, what for, and who prescribed it.</source>
        <translation>Cada medicamento que toma, también vitaminas y hierbas. Haga doble clic en una celda, o vaya a ella con las flechas del teclado y escriba, para anotar la dosis, cada cuánto, para qué y quién lo recetó.</translation>
    </message>
    <message>
        <source>The people who care for you and how to reach them, day and night. Double-click a cell, or go to it with the arrow keys and type, to write the role and the phone numbers.</source>
        <translation>Las personas que lo atienden y cómo comunicarse con ellas, de día y de noche. Haga doble clic en una celda, o vaya a ella con las flechas del teclado y escriba, para anotar su función y los teléfonos.</translation>
    </message>
    <message>
        <source>Something to tell</source>
        <translation>Algo que contar</translation>
    </message>
    <message>
        <source>A medicine</source>
        <translation>Un medicamento</translation>
    </message>
    <message>
        <source>A name</source>
        <translation>Un nombre</translation>
    </message>
</context>
<context>
    <name>nextsteps::RecordListModel</name>
    <message>
        <source>What to tell</source>
        <translation>Qué contar</translation>
    </message>
    <message>
        <source>Since when</source>
        <translation>Desde cuándo</translation>
    </message>
    <message>
        <source>How bad (0-10)</source>
        <translation>Qué tan fuerte (0-10)</translation>
    </message>
    <message>
        <source>What helps, notes</source>
        <translation>Qué ayuda, notas</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Cada cuánto</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Para qué</translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation>Recetado por</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>After-hours phone</source>
        <translation>Teléfono fuera de horario</translation>
    </message>
</context>
<context>
    <name>nextsteps::SaveLocationDialog</name>
    <message>
        <source>Where Is My List Saved?</source>
        <translation>¿Dónde se guarda mi lista?</translation>
    </message>
    <message>
        <source>Where your list is saved</source>
        <translation>Dónde se guarda su lista</translation>
    </message>
    <message>
        <source>&amp;Open the Folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
    <message>
        <source>No file manager could be opened on this computer. The folder is %1: you can copy its name from the box above.</source>
        <translation>No se pudo abrir un administrador de archivos en esta computadora. La carpeta es %1: puede copiar su nombre del cuadro de arriba.</translation>
    </message>
    <message>
        <source>Your list of questions, and everything else you write in Next Steps, is saved only on this computer, in this file. It is saved by itself a moment after each change.</source>
        <translation>Su lista de preguntas, y todo lo demás que escribe en Next Steps, se guarda solo en esta computadora, en este archivo. Se guarda sola un momento después de cada cambio.</translation>
    </message>
    <message>
        <source>To move to a new computer: here, choose Back Up Everything in the File menu and save the backup on a USB stick or another place you can take along. On the new computer, install Next Steps and choose Restore from a Backup in the File menu. The backup holds your lists, past lists, medicines, care team, cancer and treatments, diary and settings: it is health information, so keep it private.</source>
        <translation>Para pasar a una computadora nueva: aquí, elija Hacer una copia de seguridad de todo en el menú Archivo y guarde la copia en una memoria USB u otro lugar que pueda llevar. En la computadora nueva, instale Next Steps y elija Restaurar desde una copia de seguridad en el menú Archivo. La copia contiene sus listas, listas anteriores, medicamentos, equipo de atención, su cáncer y sus tratamientos, su diario y sus ajustes: es información de salud, así que guárdela en privado.</translation>
    </message>
</context>
<context>
    <name>nextsteps::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Encabezados de columna</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Move between the parts of the window</source>
        <translation>Moverse entre las partes de la ventana</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Check off the chosen question as asked</source>
        <translation>Marcar la pregunta elegida como preguntada</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Follow the chosen link, or show what a word means</source>
        <translation>Seguir el enlace elegido o mostrar qué significa una palabra</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Everything in Next Steps can be done with the keyboard.</source>
        <translation>Todo en Next Steps se puede hacer con el teclado.</translation>
    </message>
    <message>
        <source>Open a topic: move to it in the list (it opens as you move), or press Enter</source>
        <translation>Abrir un tema: muévase a él en la lista (se abre al moverse), o pulse Intro</translation>
    </message>
    <message>
        <source>Up, Down, Enter</source>
        <translation>Arriba, Abajo, Intro</translation>
    </message>
    <message>
        <source>Open a search result</source>
        <translation>Abrir un resultado de la búsqueda</translation>
    </message>
    <message>
        <source>Down to the results, then Enter</source>
        <translation>Abajo hasta los resultados, luego Intro</translation>
    </message>
    <message>
        <source>Go to the next or previous area: topics, reading, my questions</source>
        <translation>Ir a la zona siguiente o anterior: temas, lectura, mis preguntas</translation>
    </message>
    <message>
        <source>F6, Shift+F6</source>
        <translation>F6, Mayús+F6</translation>
    </message>
    <message>
        <source>Move from link to link in the topic</source>
        <translation>Pasar de un enlace a otro en el tema</translation>
    </message>
    <message>
        <source>Close the meaning of a word</source>
        <translation>Cerrar el significado de una palabra</translation>
    </message>
</context>
<context>
    <name>nextsteps::SpeakForMeDialog</name>
    <message>
        <source>Speak for Me</source>
        <translation>Hablar por mí</translation>
    </message>
    <message>
        <source>Groups of phrases</source>
        <translation>Grupos de frases</translation>
    </message>
    <message>
        <source>Phrases: a number key or Enter says one</source>
        <translation>Frases: una tecla de número o Enter dice una</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>G&amp;rupos:</translation>
    </message>
    <message>
        <source>Show and say in &amp;English</source>
        <translation>Mostrar y decir en &amp;inglés</translation>
    </message>
    <message>
        <source>Show and say in &amp;Spanish</source>
        <translation>Mostrar y decir en &amp;español</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Lo que se dijo</translation>
    </message>
    <message>
        <source>Show &amp;Big</source>
        <translation>&amp;Mostrar en grande</translation>
    </message>
    <message>
        <source>Type something to say, then press Enter</source>
        <translation>Escriba algo para decir y pulse Enter</translation>
    </message>
    <message>
        <source>&amp;Keep as My Phrase</source>
        <translation>&amp;Guardar como frase mía</translation>
    </message>
    <message>
        <source>Said this time: Enter says one again</source>
        <translation>Dicho esta vez: Enter lo dice otra vez</translation>
    </message>
    <message>
        <source>Said this t&amp;ime (Enter says it again):</source>
        <translation>Dicho esta &amp;vez (Enter lo dice otra vez):</translation>
    </message>
    <message>
        <source>No phrases of your own yet. Type one below and choose Keep as My Phrase.</source>
        <translation>Todavía no tiene frases propias. Escriba una abajo y elija Guardar como frase mía.</translation>
    </message>
    <message>
        <source>Keep a phrase of my own</source>
        <translation>Guardar una frase mía</translation>
    </message>
    <message>
        <source>Remove a phrase of my own</source>
        <translation>Quitar una frase mía</translation>
    </message>
    <message>
        <source>Move a phrase of my own</source>
        <translation>Mover una frase mía</translation>
    </message>
    <message>
        <source>Sa&amp;y It</source>
        <translation>&amp;Decirlo</translation>
    </message>
    <message>
        <source>Change a phrase of my own</source>
        <translation>Cambiar una frase mía</translation>
    </message>
    <message>
        <source>A number key or Enter says a phrase:</source>
        <translation>Una tecla de número o Enter dice una frase:</translation>
    </message>
    <message>
        <source>Type, then press Enter to say it:</source>
        <translation>Escriba y pulse Enter para decirlo:</translation>
    </message>
    <message>
        <source>P&amp;hrases</source>
        <translation>&amp;Frases</translation>
    </message>
    <message>
        <source>&amp;Type and Say</source>
        <translation>&amp;Teclear y decir</translation>
    </message>
    <message>
        <source>This list is open in another window or cannot be written: your own phrases can be said here, and changed there.</source>
        <translation>Esta lista está abierta en otra ventana o no se puede guardar: aquí puede decir sus propias frases, y cambiarlas allá.</translation>
    </message>
    <message>
        <source>Your own phrases were kept by a newer version of Next Steps: they can be said here, and changed in that version.</source>
        <translation>Sus propias frases las guardó una versión más nueva de Next Steps: aquí puede decirlas, y cambiarlas en esa versión.</translation>
    </message>
    <message>
        <source>Change My Phrase</source>
        <translation>Cambiar mi frase</translation>
    </message>
    <message>
        <source>&amp;The phrase:</source>
        <translation>&amp;La frase:</translation>
    </message>
    <message>
        <source>&amp;Change My Phrases</source>
        <translation>&amp;Cambiar mis frases</translation>
    </message>
    <message>
        <source>Change the Words…</source>
        <translation>Cambiar las palabras…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Already in My phrases.</source>
        <translation>Ya está en Mis frases.</translation>
    </message>
    <message>
        <source>Kept in My phrases, key %1.</source>
        <translation>Guardada en Mis frases, tecla %1.</translation>
    </message>
    <message>
        <source>Changed. Ctrl+Z changes it back.</source>
        <translation>Cambiada. Ctrl+Z la deja como estaba.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Deshecho.</translation>
    </message>
    <message>
        <source>Done again.</source>
        <translation>Hecho otra vez.</translation>
    </message>
    <message>
        <source>Removed. Ctrl+Z brings it back.</source>
        <translation>Quitada. Ctrl+Z la trae de vuelta.</translation>
    </message>
    <message>
        <source>Not said aloud: %1.</source>
        <translation>No se dijo en voz alta: %1.</translation>
    </message>
    <message>
        <source>Already the first.</source>
        <translation>Ya es la primera.</translation>
    </message>
    <message>
        <source>Already the last.</source>
        <translation>Ya es la última.</translation>
    </message>
    <message>
        <source>Moved to key %1.</source>
        <translation>Movida a la tecla %1.</translation>
    </message>
</context>
<context>
    <name>nextsteps::SpeechEngine</name>
    <message>
        <source>Reading aloud is not part of this copy of Next Steps: it was built without Qt&apos;s text-to-speech module.</source>
        <translation>Esta copia de Next Steps no puede leer en voz alta: se hizo sin el módulo de texto a voz de Qt.</translation>
    </message>
    <message>
        <source>Reading aloud could not be started: a part of Next Steps is missing (%1). Installing Next Steps again may bring it back.</source>
        <translation>No se pudo empezar a leer en voz alta: falta una parte de Next Steps (%1). Instalar Next Steps de nuevo puede recuperarla.</translation>
    </message>
</context>
<context>
    <name>nextsteps::StandPage</name>
    <message>
        <source>Right now I lean toward</source>
        <translation>Por ahora me inclino por</translation>
    </message>
    <message>
        <source>Many people use more than one at a time, and change their minds. Pick the one closest to where you are today.</source>
        <translation>Mucha gente usa más de una a la vez, y cambia de opinión. Elija la que más se acerca a lo que piensa hoy.</translation>
    </message>
    <message>
        <source>How sure do I feel?</source>
        <translation>¿Cuánta seguridad siento?</translation>
    </message>
    <message>
        <source>What would help me</source>
        <translation>Qué me ayudaría</translation>
    </message>
    <message>
        <source>What would &amp;help me:</source>
        <translation>Qué me a&amp;yudaría:</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas para hacer</translation>
    </message>
    <message>
        <source>&amp;Questions this raises (check the ones to ask):</source>
        <translation>Preguntas que s&amp;urgen (marque las que quiere hacer):</translation>
    </message>
    <message>
        <source>Add the Checked Questions to My &amp;List</source>
        <translation>Agregar las pregu&amp;ntas marcadas a mi lista</translation>
    </message>
    <message>
        <source>Choose where you lean, or answer “no” to a question above, and questions to ask will show here.</source>
        <translation>Elija por cuál se inclina, o responda «no» a una pregunta de arriba, y aquí aparecerán preguntas para hacer.</translation>
    </message>
    <message>
        <source>Four questions based on SURE, a short check used by doctors and researchers (Légaré and others, 2010). A “no” is common and fine: it shows what would help.</source>
        <translation>Cuatro preguntas basadas en SURE, una lista corta que usan médicos e investigadores (Légaré y otros, 2010). Un «no» es común y está bien: muestra qué le ayudaría.</translation>
    </message>
</context>
<context>
    <name>nextsteps::StatusAnnouncer</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>nextsteps::SuggestedQuestionsView</name>
    <message>
        <source>Questions you might ask</source>
        <translation>Preguntas que puede hacer</translation>
    </message>
    <message>
        <source>Add to my questions</source>
        <translation>Agregar a mis preguntas</translation>
    </message>
    <message>
        <source>✓ On your list</source>
        <translation>✓ En su lista</translation>
    </message>
    <message>
        <source>Added to your questions: %1</source>
        <translation>Se agregó a sus preguntas: %1</translation>
    </message>
    <message>
        <source>Your list cannot be changed in this window, because %1.</source>
        <translation>Su lista no se puede cambiar en esta ventana, porque %1.</translation>
    </message>
    <message>
        <source>This question is already on your list.</source>
        <translation>Esta pregunta ya está en su lista.</translation>
    </message>
    <message>
        <source>Add to my questions: %1</source>
        <translation>Agregar a mis preguntas: %1</translation>
    </message>
    <message>
        <source>Already on your list: %1</source>
        <translation>Ya está en su lista: %1</translation>
    </message>
</context>
<context>
    <name>nextsteps::SummaryKeeper</name>
    <message>
        <source>Changes to my cancer and treatments</source>
        <translation>Cambios en mi cáncer y mis tratamientos</translation>
    </message>
</context>
<context>
    <name>nextsteps::SymptomChange</name>
    <message>
        <source>not scored</source>
        <translation>sin puntaje</translation>
    </message>
    <message>
        <source>new</source>
        <translation>apareció</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peor</translation>
    </message>
    <message>
        <source>better</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 then, %2 now</source>
        <translation>%1 entonces, %2 ahora</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>%1 ahora</translation>
    </message>
    <message>
        <source>(highest %1 on %2)</source>
        <translation>(lo más alto, %1, el %2)</translation>
    </message>
</context>
<context>
    <name>nextsteps::SymptomDiary</name>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Sore mouth</source>
        <translation>Boca adolorida</translation>
    </message>
    <message>
        <source>Dry mouth</source>
        <translation>Boca seca</translation>
    </message>
    <message>
        <source>Trouble swallowing</source>
        <translation>Dificultad para tragar</translation>
    </message>
    <message>
        <source>Thick mucus</source>
        <translation>Mucosidad espesa</translation>
    </message>
    <message>
        <source>Trouble breathing</source>
        <translation>Dificultad para respirar</translation>
    </message>
    <message>
        <source>Trouble speaking</source>
        <translation>Dificultad para hablar</translation>
    </message>
    <message>
        <source>Tiredness</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <source>Poor appetite</source>
        <translation>Poco apetito</translation>
    </message>
    <message>
        <source>Low mood</source>
        <translation>Ánimo bajo</translation>
    </message>
    <message>
        <source>Worry</source>
        <translation>Preocupación</translation>
    </message>
    <message>
        <source>Trouble sleeping</source>
        <translation>Dificultad para dormir</translation>
    </message>
    <message>
        <source>Skin problems or rash</source>
        <translation>Problemas de piel o sarpullido</translation>
    </message>
    <message>
        <source>Bowel problems</source>
        <translation>Problemas intestinales</translation>
    </message>
    <message>
        <source>Cough</source>
        <translation>Tos</translation>
    </message>
</context>
<context>
    <name>nextsteps::ThinkingDialog</name>
    <message>
        <source>Thinking It Through</source>
        <translation>Pensarlo bien</translation>
    </message>
    <message>
        <source>Side by &amp;Side</source>
        <translation>&amp;Lado a lado</translation>
    </message>
    <message>
        <source>The choices side by side</source>
        <translation>Las opciones lado a lado</translation>
    </message>
    <message>
        <source>What &amp;Matters</source>
        <translation>Lo que i&amp;mporta</translation>
    </message>
    <message>
        <source>What matters most to me</source>
        <translation>Lo que más me importa</translation>
    </message>
    <message>
        <source>Where I S&amp;tand</source>
        <translation>Dónde es&amp;toy</translation>
    </message>
    <message>
        <source>Where I stand, and how sure I feel</source>
        <translation>Dónde estoy, y qué tan seguro me siento</translation>
    </message>
    <message>
        <source>My &amp;Wishes</source>
        <translation>Mis de&amp;seos</translation>
    </message>
    <message>
        <source>My wishes, and who speaks for me</source>
        <translation>Mis deseos, y quién habla por mí</translation>
    </message>
    <message numerus="yes">
        <source>Added %n question(s) to your list.</source>
        <translation>
            <numerusform>Se agregó %n pregunta a su lista.</numerusform>
            <numerusform>Se agregaron %n preguntas a su lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>No questions added.</source>
        <translation>No se agregó ninguna pregunta.</translation>
    </message>
    <message numerus="yes">
        <source>%n was already on it.</source>
        <translation>
            <numerusform>%n ya estaba en ella.</numerusform>
            <numerusform>%n ya estaban en ella.</numerusform>
        </translation>
    </message>
    <message>
        <source>You changed what matters to you, where you stand or your wishes. Keep the changes?</source>
        <translation>Cambió lo que le importa, dónde está o sus deseos. ¿Guardar los cambios?</translation>
    </message>
    <message>
        <source>&amp;Print or Save</source>
        <translation>&amp;Imprimir o guardar</translation>
    </message>
</context>
<context>
    <name>nextsteps::TopicReader</name>
    <message>
        <source>Question %1.</source>
        <translation>Pregunta %1.</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
</context>
<context>
    <name>nextsteps::TopicSidebar</name>
    <message>
        <source>Search the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <source>Type a word to find every topic that mentions it. Press Down to go to the results.</source>
        <translation>Escriba una palabra para encontrar todos los temas que la mencionan. Oprima la flecha hacia abajo para ir a los resultados.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Use the arrow keys to move, and Enter to open a topic.</source>
        <translation>Use las flechas para moverse e Intro para abrir un tema.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try another word.</source>
        <translation>No se encontró nada para «%1». Pruebe con otra palabra.</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) found</source>
        <translation>
            <numerusform>Se encontró %n tema</numerusform>
            <numerusform>Se encontraron %n temas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing found for “%1”. Did you mean “%2”? Showing %n topic(s) for “%2”.</source>
        <translation>
            <numerusform>No se encontró nada para «%1». ¿Quiso decir «%2»? Se muestra %n tema para «%2».</numerusform>
            <numerusform>No se encontró nada para «%1». ¿Quiso decir «%2»? Se muestran %n temas para «%2».</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>nextsteps::TreatmentDialog</name>
    <message>
        <source>Add a Treatment</source>
        <translation>Agregar un tratamiento</translation>
    </message>
    <message>
        <source>Change a Treatment</source>
        <translation>Cambiar un tratamiento</translation>
    </message>
    <message>
        <source>For example: cisplatin with radiation</source>
        <translation>Por ejemplo: cisplatino con radiación</translation>
    </message>
    <message>
        <source>For example: June 2025</source>
        <translation>Por ejemplo: junio de 2025</translation>
    </message>
    <message>
        <source>For example: August 2025, or still going</source>
        <translation>Por ejemplo: agosto de 2025, o todavía sigue</translation>
    </message>
    <message>
        <source>For example: the tumor shrank, then grew again</source>
        <translation>Por ejemplo: el tumor se achicó y luego volvió a crecer</translation>
    </message>
    <message>
        <source>&amp;Treatment:</source>
        <translation>&amp;Tratamiento:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;How it went:</source>
        <translation>&amp;Cómo le fue:</translation>
    </message>
    <message>
        <source>&amp;Why it stopped:</source>
        <translation>&amp;Por qué se dejó:</translation>
    </message>
    <message>
        <source>What was the treatment?</source>
        <translation>¿Cuál fue el tratamiento?</translation>
    </message>
    <message>
        <source>Write its name, for example “radiation” or the drug’s name.</source>
        <translation>Escriba su nombre, por ejemplo “radiación” o el nombre del medicamento.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Such as: cisplatin</source>
        <translation>Como: cisplatino</translation>
    </message>
    <message>
        <source>Such as: June 2025</source>
        <translation>Como: junio de 2025</translation>
    </message>
    <message>
        <source>Such as: August 2025</source>
        <translation>Como: agosto de 2025</translation>
    </message>
    <message>
        <source>Such as: it shrank</source>
        <translation>Como: se achicó</translation>
    </message>
    <message>
        <source>Keep what you wrote?</source>
        <translation>¿Guardar lo que escribió?</translation>
    </message>
    <message>
        <source>You wrote about this treatment. Keep it?</source>
        <translation>Escribió sobre este tratamiento. ¿Lo guarda?</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Guardarlo</translation>
    </message>
    <message>
        <source>&amp;Drop It</source>
        <translation>&amp;Descartarlo</translation>
    </message>
    <message>
        <source>&amp;Go Back</source>
        <translation>&amp;Volver</translation>
    </message>
</context>
<context>
    <name>nextsteps::TreatmentSummary</name>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>No se hizo la prueba</translation>
    </message>
    <message>
        <source>I don’t know</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>It was finished as planned</source>
        <translation>Se terminó como estaba previsto</translation>
    </message>
    <message>
        <source>It stopped working</source>
        <translation>Dejó de funcionar</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Decisión mía</translation>
    </message>
</context>
<context>
    <name>nextsteps::TreatmentSummaryDialog</name>
    <message>
        <source>My Cancer and Treatments</source>
        <translation>Mi cáncer y mis tratamientos</translation>
    </message>
    <message>
        <source>Clinical trials and second opinions ask for the same facts each time. Write them here once, in your own words, and print them to take along. Your care team can tell you what your tests showed. Leave out anything you do not know.</source>
        <translation>Los ensayos clínicos y las segundas opiniones piden los mismos datos cada vez. Escríbalos aquí una vez, con sus propias palabras, e imprímalos para llevarlos. Su equipo de atención puede decirle qué mostraron sus pruebas. Deje en blanco lo que no sepa.</translation>
    </message>
    <message>
        <source>For example: tongue, tonsil, voice box</source>
        <translation>Por ejemplo: lengua, amígdala, laringe</translation>
    </message>
    <message>
        <source>For example: March 2024</source>
        <translation>Por ejemplo: marzo de 2024</translation>
    </message>
    <message>
        <source>For example: lymph nodes in the neck, lungs</source>
        <translation>Por ejemplo: ganglios del cuello, pulmones</translation>
    </message>
    <message>
        <source>For example: CPS 20</source>
        <translation>Por ejemplo: CPS 20</translation>
    </message>
    <message>
        <source>Medicines, foods or anything else; or “none”</source>
        <translation>Medicamentos, alimentos u otra cosa; o “ninguna”</translation>
    </message>
    <message>
        <source>My &amp;name:</source>
        <translation>Mi &amp;nombre:</translation>
    </message>
    <message>
        <source>Where the cancer &amp;started:</source>
        <translation>Dónde &amp;empezó el cáncer:</translation>
    </message>
    <message>
        <source>When it was &amp;found:</source>
        <translation>C&amp;uándo se encontró:</translation>
    </message>
    <message>
        <source>Where it has spread or come &amp;back:</source>
        <translation>Adónde se ha e&amp;xtendido o dónde volvió:</translation>
    </message>
    <message>
        <source>&amp;HPV or p16 test:</source>
        <translation>Prueba de &amp;VPH o p16:</translation>
    </message>
    <message>
        <source>PD-&amp;L1 test (CPS):</source>
        <translation>Prueba de PD-&amp;L1 (CPS):</translation>
    </message>
    <message>
        <source>Other tumor &amp;tests:</source>
        <translation>O&amp;tras pruebas del tumor:</translation>
    </message>
    <message>
        <source>Major side &amp;effects:</source>
        <translation>Efectos secundarios &amp;importantes:</translation>
    </message>
    <message>
        <source>Alle&amp;rgies:</source>
        <translation>Ale&amp;rgias:</translation>
    </message>
    <message>
        <source>What I can do in a &amp;day, in my own words:</source>
        <translation>Lo que puedo hacer en un &amp;día, con mis palabras:</translation>
    </message>
    <message>
        <source>Trials ask how much you can do. For example: “I am up most of the day and walk to the store, but I rest after lunch.”</source>
        <translation>Los ensayos preguntan cuánto puede hacer. Por ejemplo: “Estoy levantado casi todo el día y camino hasta la tienda, pero descanso después del almuerzo.”</translation>
    </message>
    <message>
        <source>My cancer</source>
        <translation>Mi cáncer</translation>
    </message>
    <message>
        <source>Tumor tests</source>
        <translation>Pruebas del tumor</translation>
    </message>
    <message>
        <source>How I am now</source>
        <translation>Cómo estoy ahora</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>&amp;Add a Treatment…</source>
        <translation>&amp;Agregar un tratamiento…</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Cam&amp;biar…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>No treatments written down yet.</source>
        <translation>Todavía no anotó ningún tratamiento.</translation>
    </message>
    <message>
        <source>Such as: tongue</source>
        <translation>Como: lengua</translation>
    </message>
    <message>
        <source>Such as: March 2024</source>
        <translation>Como: marzo de 2024</translation>
    </message>
    <message>
        <source>Such as: lungs</source>
        <translation>Como: pulmones</translation>
    </message>
    <message>
        <source>Such as: CPS 20</source>
        <translation>Como: CPS 20</translation>
    </message>
    <message>
        <source>Such as: none</source>
        <translation>Como: ninguna</translation>
    </message>
    <message>
        <source>You changed what you wrote about your cancer and treatments. Keep the changes?</source>
        <translation>Cambió lo que escribió sobre su cáncer y sus tratamientos. ¿Guarda los cambios?</translation>
    </message>
    <message>
        <source>&amp;Print or Save</source>
        <translation>Im&amp;primir o guardar</translation>
    </message>
</context>
<context>
    <name>nextsteps::TreatmentSummaryPrintout</name>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <source>My cancer and treatments</source>
        <translation>Mi cáncer y mis tratamientos</translation>
    </message>
    <message>
        <source>My name</source>
        <translation>Mi nombre</translation>
    </message>
    <message>
        <source>Where the cancer started</source>
        <translation>Dónde empezó el cáncer</translation>
    </message>
    <message>
        <source>When it was found</source>
        <translation>Cuándo se encontró</translation>
    </message>
    <message>
        <source>Where it has spread or come back</source>
        <translation>Adónde se ha extendido o dónde volvió</translation>
    </message>
    <message>
        <source>HPV or p16 test</source>
        <translation>Prueba de VPH o p16</translation>
    </message>
    <message>
        <source>PD-L1 test (CPS)</source>
        <translation>Prueba de PD-L1 (CPS)</translation>
    </message>
    <message>
        <source>Other tumor tests</source>
        <translation>Otras pruebas del tumor</translation>
    </message>
    <message>
        <source>Major side effects</source>
        <translation>Efectos secundarios importantes</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>What I can do in a day</source>
        <translation>Lo que puedo hacer en un día</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Cómo le fue</translation>
    </message>
    <message>
        <source>Why it stopped</source>
        <translation>Por qué se dejó</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>desde %1 hasta %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>My cancer</source>
        <translation>Mi cáncer</translation>
    </message>
    <message>
        <source>Tumor tests</source>
        <translation>Pruebas del tumor</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>How I am now</source>
        <translation>Cómo estoy ahora</translation>
    </message>
    <message>
        <source>Treatment and when</source>
        <translation>Tratamiento y cuándo</translation>
    </message>
</context>
<context>
    <name>nextsteps::Visit</name>
    <message>
        <source>%1, with %2</source>
        <translation>%1, con %2</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Con %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>nextsteps::VisitCalendar</name>
    <message>
        <source>Doctor&apos;s visit</source>
        <translation>Visita al médico</translation>
    </message>
    <message>
        <source>Visit with %1</source>
        <translation>Visita con %1</translation>
    </message>
    <message>
        <source>What to bring: %1</source>
        <translation>Qué traer: %1</translation>
    </message>
    <message>
        <source>Important questions to ask:</source>
        <translation>Preguntas importantes para hacer:</translation>
    </message>
    <message>
        <source>Your full list of questions is in Next Steps.</source>
        <translation>Su lista completa de preguntas está en Next Steps.</translation>
    </message>
    <message>
        <source>Tomorrow: %1</source>
        <translation>Mañana: %1</translation>
    </message>
</context>
<context>
    <name>nextsteps::VisitDialog</name>
    <message>
        <source>Visit Details</source>
        <translation>Datos de la visita</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Fecha de la visita</translation>
    </message>
    <message>
        <source>For example: Dr. Lee, cancer clinic</source>
        <translation>Por ejemplo: Dra. Lee, clínica de cáncer</translation>
    </message>
    <message>
        <source>Who the visit is with</source>
        <translation>Con quién es la visita</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Con:</translation>
    </message>
    <message>
        <source>Time of the visit</source>
        <translation>Hora de la visita</translation>
    </message>
    <message>
        <source>For example: Cancer Center, Building B, room 204</source>
        <translation>Por ejemplo: Centro de Cáncer, edificio B, sala 204</translation>
    </message>
    <message>
        <source>Where the visit is</source>
        <translation>Dónde es la visita</translation>
    </message>
    <message>
        <source>For example: scan results, insurance card, my medicines</source>
        <translation>Por ejemplo: resultados de estudios, tarjeta del seguro, mis medicamentos</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Qué traer</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>What to &amp;bring:</source>
        <translation>Qué &amp;traer:</translation>
    </message>
    <message>
        <source>Dr. Lee</source>
        <translation>Dra. Lee</translation>
    </message>
    <message>
        <source>Building B, room 204</source>
        <translation>Edificio B, sala 204</translation>
    </message>
    <message>
        <source>Scan results</source>
        <translation>Resultados de estudios</translation>
    </message>
    <message>
        <source>Add to My &amp;Calendar…</source>
        <translation>Agregar a mi calen&amp;dario…</translation>
    </message>
</context>
<context>
    <name>nextsteps::VisitSummary</name>
    <message>
        <source>Visit details…</source>
        <translation>Editar visita…</translation>
    </message>
    <message>
        <source>Set the date of your visit and who it is with</source>
        <translation>Anote la fecha de su visita y con quién es</translation>
    </message>
    <message>
        <source>Visit: not set yet</source>
        <translation>Visita: sin fecha todavía</translation>
    </message>
    <message>
        <source>Visit: %1</source>
        <translation>Visita: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lugar: %1</translation>
    </message>
    <message>
        <source>To bring: %1</source>
        <translation>Qué traer: %1</translation>
    </message>
    <message>
        <source>Add the Visit to My Calendar</source>
        <translation>Agregar la visita a mi calendario</translation>
    </message>
    <message>
        <source>The visit has no date yet.</source>
        <translation>La visita todavía no tiene fecha.</translation>
    </message>
    <message>
        <source>Write its date in Visit details first.</source>
        <translation>Primero escriba la fecha en Datos de la visita.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Remind you the day before the visit?</source>
        <translation>¿Quiere un aviso el día antes de la visita?</translation>
    </message>
    <message>
        <source>The calendar shows the reminder a day ahead, at the time of the visit.</source>
        <translation>El calendario muestra el aviso un día antes, a la hora de la visita.</translation>
    </message>
    <message>
        <source>&amp;Remind Me</source>
        <translation>&amp;Avisarme</translation>
    </message>
    <message>
        <source>&amp;No Reminder</source>
        <translation>&amp;Sin aviso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>Visita %1</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>The calendar file could not be saved.</source>
        <translation>No se pudo guardar el archivo de calendario.</translation>
    </message>
    <message>
        <source>Saved the visit as %1. Open it, or send it to your phone, to add it to your calendar. It holds health information: keep it where only you can see it.</source>
        <translation>La visita se guardó como %1. Ábralo, o envíelo a su teléfono, para agregarla a su calendario. Contiene información de salud: guárdelo donde solo usted pueda verlo.</translation>
    </message>
</context>
<context>
    <name>nextsteps::WalletCard</name>
    <message>
        <source>Immunotherapy Wallet Card</source>
        <translation>Tarjeta de inmunoterapia para la cartera</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Desde el %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Hasta el %1</translation>
    </message>
    <message>
        <source>I have had immunotherapy</source>
        <translation>Recibí inmunoterapia</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <source>Drugs: %1</source>
        <translation>Medicamentos: %1</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Fechas: %1</translation>
    </message>
    <message>
        <source>Side effects can start months later, even after the last dose.</source>
        <translation>Los efectos secundarios pueden empezar meses después, aun después de la última dosis.</translation>
    </message>
    <message>
        <source>Please tell my cancer team</source>
        <translation>Por favor, avise a mi equipo de cáncer</translation>
    </message>
    <message>
        <source>Oncologist: %1</source>
        <translation>Oncología: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>After hours: %1</source>
        <translation>Fuera de horario: %1</translation>
    </message>
    <message>
        <source>Report: new cough or shortness of breath, diarrhea or belly pain, rash or itching, yellow skin or eyes, great tiredness, headache, fever or confusion.</source>
        <translation>Avisar si hay: tos nueva o falta de aire, diarrea o dolor de barriga, sarpullido o picazón, piel u ojos amarillos, mucho cansancio, dolor de cabeza, fiebre o confusión.</translation>
    </message>
    <message>
        <source>Cut out a front and a back along the marks, and glue them back to back. Keep the card in your wallet.</source>
        <translation>Recorte un frente y un reverso por las marcas y péguelos espalda con espalda. Lleve la tarjeta en su cartera.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
</context>
<context>
    <name>nextsteps::WalletCardDialog</name>
    <message>
        <source>Print Wallet Card</source>
        <translation>Imprimir tarjeta para la cartera</translation>
    </message>
    <message>
        <source>The card tells every doctor and emergency room that you had immunotherapy, whose side effects can start months later. Its phone numbers come from Help &gt; My Care Team. Blank lines can be filled in by hand.</source>
        <translation>La tarjeta les dice a todos los médicos y salas de emergencias que usted recibió inmunoterapia, cuyos efectos secundarios pueden empezar meses después. Los teléfonos vienen de Ayuda &gt; Mi equipo de atención. Las líneas en blanco se pueden llenar a mano.</translation>
    </message>
    <message>
        <source>For example: pembrolizumab (Keytruda)</source>
        <translation>Por ejemplo: pembrolizumab (Keytruda)</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Drugs (separated by commas):</source>
        <translation>&amp;Medicamentos (separados por comas):</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Empezó:</translation>
    </message>
    <message>
        <source>Sto&amp;pped:</source>
        <translation>&amp;Terminó:</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>Guardar como PD&amp;F…</translation>
    </message>
    <message>
        <source>Pembrolizumab</source>
        <translation>Pembrolizumab</translation>
    </message>
    <message>
        <source>When the immunotherapy started</source>
        <translation>Cuándo empezó la inmunoterapia</translation>
    </message>
    <message>
        <source>When the immunotherapy stopped</source>
        <translation>Cuándo terminó la inmunoterapia</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>The immunotherapy stopped before it started?</source>
        <translation>¿La inmunoterapia terminó antes de empezar?</translation>
    </message>
    <message>
        <source>Check the two dates.</source>
        <translation>Revise las dos fechas.</translation>
    </message>
</context>
<context>
    <name>nextsteps::WebLink</name>
    <message>
        <source>Opened %1 in your web browser.</source>
        <translation>Se abrió %1 en su navegador web.</translation>
    </message>
    <message>
        <source>Could not open %1. You can type it into your web browser.</source>
        <translation>No se pudo abrir %1. Puede escribir la dirección en su navegador web.</translation>
    </message>
</context>
<context>
    <name>nextsteps::WelcomeDialog</name>
    <message>
        <source>Welcome to Next Steps</source>
        <translation>Le damos la bienvenida a Next Steps</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>This guide helps you learn about your next steps and get ready to talk with your doctor.</source>
        <translation>Esta guía le ayuda a conocer sus próximos pasos y a prepararse para hablar con su médico.</translation>
    </message>
    <message>
        <source>It is for learning. It is not medical advice, and it was not checked by a doctor. Your care team knows you and your health best.</source>
        <translation>Es para aprender. No es un consejo médico, y ningún médico la revisó. Su equipo de atención médica es quien mejor lo conoce a usted y su salud.</translation>
    </message>
    <message>
        <source>Your list of questions is saved only on this computer, here:</source>
        <translation>Su lista de preguntas se guarda solo en esta computadora, aquí:</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere.</source>
        <translation>No se envía nada a ningún lugar.</translation>
    </message>
    <message>
        <source>&amp;Start Reading</source>
        <translation>&amp;Empezar a leer</translation>
    </message>
</context>
<context>
    <name>nextsteps::WhatMatters</name>
    <message>
        <source>Time at home</source>
        <translation>Tiempo en casa</translation>
    </message>
    <message>
        <source>Eating and drinking by mouth</source>
        <translation>Comer y beber por la boca</translation>
    </message>
    <message>
        <source>Being able to speak</source>
        <translation>Poder hablar</translation>
    </message>
    <message>
        <source>Breathing easily</source>
        <translation>Respirar con facilidad</translation>
    </message>
    <message>
        <source>Being comfortable, with little pain</source>
        <translation>Estar a gusto, con poco dolor</translation>
    </message>
    <message>
        <source>Being awake and able to think clearly</source>
        <translation>Estar alerta y pensar con claridad</translation>
    </message>
    <message>
        <source>Living as long as possible</source>
        <translation>Vivir el mayor tiempo posible</translation>
    </message>
    <message>
        <source>Staying out of the hospital</source>
        <translation>No tener que ir al hospital</translation>
    </message>
    <message>
        <source>Time with family and friends</source>
        <translation>Tiempo con mi familia y amigos</translation>
    </message>
    <message>
        <source>Doing things for myself</source>
        <translation>Hacer las cosas sin ayuda</translation>
    </message>
    <message>
        <source>How I look</source>
        <translation>Mi apariencia</translation>
    </message>
    <message>
        <source>What it costs me and my family</source>
        <translation>Lo que nos cuesta a mí y a mi familia</translation>
    </message>
    <message>
        <source>Not important</source>
        <translation>Nada importante</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Un poco</translation>
    </message>
    <message>
        <source>A lot</source>
        <translation>Mucho</translation>
    </message>
    <message>
        <source>Most of all</source>
        <translation>Lo más importante</translation>
    </message>
    <message>
        <source>Trying treatments that might control the cancer</source>
        <translation>Probar tratamientos que podrían controlar el cáncer</translation>
    </message>
    <message>
        <source>Not being a burden on my family</source>
        <translation>No ser una carga para mi familia</translation>
    </message>
    <message>
        <source>My faith or beliefs</source>
        <translation>Mi fe o mis creencias</translation>
    </message>
</context>
<context>
    <name>nextsteps::WhereIStand</name>
    <message>
        <source>Do I know what each choice may offer and what it may take?</source>
        <translation>¿Sé lo que cada opción puede ofrecer y lo que puede costar?</translation>
    </message>
    <message>
        <source>Am I clear about what matters most to me?</source>
        <translation>¿Tengo claro lo que más me importa?</translation>
    </message>
    <message>
        <source>Do I have enough help and advice to decide?</source>
        <translation>¿Tengo suficiente ayuda y consejo para decidir?</translation>
    </message>
    <message>
        <source>Do I feel sure about what fits me?</source>
        <translation>¿Siento seguridad sobre lo que me conviene?</translation>
    </message>
    <message>
        <source>Can we go over my choices again, with what each may offer and what each may take?</source>
        <translation>¿Podemos repasar mis opciones, con lo que cada una puede ofrecer y lo que puede costar?</translation>
    </message>
    <message>
        <source>Can we talk about what matters most to me, and how each choice fits it?</source>
        <translation>¿Podemos hablar de lo que más me importa y de cómo encaja cada opción?</translation>
    </message>
    <message>
        <source>Who can help me and my family think this through?</source>
        <translation>¿Quién nos puede ayudar a mí y a mi familia a pensarlo bien?</translation>
    </message>
    <message>
        <source>How much time do I have to decide, and what else should I know first?</source>
        <translation>¿Cuánto tiempo tengo para decidir, y qué más debo saber antes?</translation>
    </message>
</context>
<context>
    <name>nextsteps::WishesPage</name>
    <message>
        <source>&lt;p&gt;%1 &lt;a href=&quot;%2&quot;&gt;Advance directive forms by state&lt;/a&gt;, &lt;a href=&quot;%3&quot;&gt;POLST in your state&lt;/a&gt;. The guide’s topics &lt;a href=&quot;topic:coping&quot;&gt;Coping and support&lt;/a&gt; and &lt;a href=&quot;topic:caregivers&quot;&gt;For caregivers&lt;/a&gt; say more.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 &lt;a href=&quot;%2&quot;&gt;Formularios de directivas anticipadas por estado&lt;/a&gt; (en inglés), &lt;a href=&quot;%3&quot;&gt;POLST en su estado&lt;/a&gt; (en inglés). Los temas de la guía &lt;a href=&quot;topic:coping&quot;&gt;Cómo sobrellevar el cáncer y hallar apoyo&lt;/a&gt; y &lt;a href=&quot;topic:caregivers&quot;&gt;Para quienes cuidan&lt;/a&gt; dicen más.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>My name</source>
        <translation>Mi nombre</translation>
    </message>
    <message>
        <source>Who speaks for me if I can’t</source>
        <translation>Quién habla por mí si yo no puedo</translation>
    </message>
    <message>
        <source>Their phone</source>
        <translation>Su teléfono</translation>
    </message>
    <message>
        <source>My &amp;name:</source>
        <translation>Mi &amp;nombre:</translation>
    </message>
    <message>
        <source>Who speaks &amp;for me if I can’t:</source>
        <translation>Quién ha&amp;bla por mí si yo no puedo:</translation>
    </message>
    <message>
        <source>Their p&amp;hone:</source>
        <translation>Su telé&amp;fono:</translation>
    </message>
    <message>
        <source>This person is often called a health care proxy or agent. Tell them what you want, and give them a copy.</source>
        <translation>A esta persona a menudo se le llama representante o apoderado para la atención médica. Dígale lo que quiere y dele una copia.</translation>
    </message>
    <message>
        <source>What matters most to me:</source>
        <translation>Lo que más me importa:</translation>
    </message>
    <message>
        <source>My wishes, in my words</source>
        <translation>Mis deseos, en mis palabras</translation>
    </message>
    <message>
        <source>I want to talk about this with my doctor</source>
        <translation>Quiero hablar de esto con mi médico</translation>
    </message>
    <message>
        <source>I have an advance directive</source>
        <translation>Tengo una directiva anticipada</translation>
    </message>
    <message>
        <source>Where my advance directive is kept</source>
        <translation>Dónde está guardada mi directiva anticipada</translation>
    </message>
    <message>
        <source>For example: in the blue folder by the phone</source>
        <translation>Por ejemplo: en la carpeta azul junto al teléfono</translation>
    </message>
    <message>
        <source>Such as: blue folder</source>
        <translation>Como: carpeta azul</translation>
    </message>
    <message>
        <source>I have a POLST</source>
        <translation>Tengo un POLST</translation>
    </message>
    <message>
        <source>Where my POLST is kept</source>
        <translation>Dónde está guardado mi POLST</translation>
    </message>
    <message>
        <source>For example: on the fridge</source>
        <translation>Por ejemplo: en el refrigerador</translation>
    </message>
    <message>
        <source>Such as: on the fridge</source>
        <translation>Como: en el refrigerador</translation>
    </message>
    <message>
        <source>I have an &amp;advance directive:</source>
        <translation>Tengo una directiva &amp;anticipada:</translation>
    </message>
    <message>
        <source>Where it is &amp;kept:</source>
        <translation>Dónde está guar&amp;dado:</translation>
    </message>
    <message>
        <source>My papers</source>
        <translation>Mis documentos</translation>
    </message>
    <message>
        <source>Nothing rated “most of all” yet (on the page before).</source>
        <translation>Todavía nada calificado como «lo más importante» (en la página anterior).</translation>
    </message>
    <message>
        <source>Where it is k&amp;ept:</source>
        <translation>Dónde está &amp;guardada:</translation>
    </message>
    <message>
        <source>I have a PO&amp;LST:</source>
        <translation>Tengo un &amp;POLST:</translation>
    </message>
    <message>
        <source>Advance directives are of two kinds: a living will says what care you want; a health care power of attorney names who decides if you can’t. A POLST is a medical order for people who are seriously ill, signed by your doctor or another health professional after talking with you, about the treatment you want in an emergency (some states call it MOLST or POST). Keep it where emergency staff can find it.</source>
        <translation>Hay dos tipos de directivas anticipadas: un testamento vital dice qué atención quiere; un poder notarial para la atención médica nombra a quién decide si usted no puede. Un POLST es una orden médica para personas con una enfermedad grave, que firma su médico u otro profesional de la salud después de hablar con usted, sobre el tratamiento que quiere en una emergencia (en algunos estados se llama MOLST o POST). Guárdelo donde el personal de emergencias lo pueda encontrar.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
</context>
</TS>
