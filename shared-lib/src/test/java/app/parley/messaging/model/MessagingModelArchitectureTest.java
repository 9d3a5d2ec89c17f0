package app.parley.messaging.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class MessagingModelArchitectureTest {

    @Test
    void envelopes_depend_on_no_aws_types_and_no_channel_format() {
        noClasses().that().resideInAPackage("app.parley.messaging.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "software.amazon..", "com.amazonaws..", "app.parley.whatsapp..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("app.parley.messaging.model"));
    }
}
