package org.custodian.engine.detectors;

import java.util.List;

/**
 * Flags "HEALTH" (UK GDPR Article 9) on a finding that identifies a person when a health condition,
 * treatment or clinical context word is on the same line or within {@link #REACH} characters:
 * "NHS 943 476 5919 ... diagnosed with type 2 diabetes".
 *
 * <p>The curated list leaves out words with a common non-medical sense ("aids", "stroke",
 * "termination", "disabled", "lithium", "probation", a bare "diagnosis").
 */
public final class HealthConditionFlagger extends TermProximityFlagger {
    public static final String FLAG = "HEALTH";

    /** The default terms; documented in docs/detectors/names-addresses-health.md. */
    public static final List<String> DEFAULT_TERMS = List.of(
            // conditions
            "diabetes", "diabetic", "cancer", "tumour", "tumor", "leukaemia", "leukemia", "lymphoma",
            "melanoma", "carcinoma", "hiv", "asthma", "asthmatic", "copd", "depression", "depressive",
            "anxiety disorder", "bipolar", "schizophrenia", "schizophrenic", "psychosis", "psychotic",
            "dementia", "alzheimer's", "alzheimers", "parkinson's", "parkinsons", "epilepsy", "epileptic",
            "seizures", "hepatitis", "tuberculosis", "autism", "autistic", "adhd", "anorexia", "bulimia",
            "eating disorder", "self-harm", "self harm", "suicidal", "overdose", "addiction", "alcoholism",
            "substance misuse", "multiple sclerosis", "cerebral palsy", "cystic fibrosis", "sickle cell",
            "heart disease", "heart failure", "hypertension", "learning disability", "obesity",
            "chlamydia", "syphilis", "gonorrhoea", "herpes", "sexual health", "allergy", "allergies",
            "mental health", "mental illness", "ptsd", "ocd", "long covid", "stroke patient",
            // pregnancy and treatment
            "pregnancy", "pregnant", "miscarriage", "ivf", "chemotherapy", "chemo", "radiotherapy",
            "dialysis", "transplant", "insulin", "methadone", "antidepressant", "antidepressants",
            "antipsychotic", "sertraline", "fluoxetine", "biopsy", "oncology", "oncologist",
            "psychiatric", "psychiatrist", "mri scan", "ct scan",
            // clinical contexts
            // "diagnosis" and "prescribed" alone are common in technical writing ("thanks for the
            // diagnosis", "the prescribed format"), so only their clinical phrasings count
            "diagnosed with", "was diagnosed", "been diagnosed", "clinical diagnosis", "medical diagnosis",
            "was prescribed", "been prescribed", "prescribed medication", "prescription", "medication",
            "medical history", "medical condition",
            "health condition", "clinical notes", "discharge summary", "sick leave", "sickness absence",
            "fit note", "sick note", "occupational health");

    public HealthConditionFlagger() {
        this(DEFAULT_TERMS);
    }

    public HealthConditionFlagger(List<String> terms) {
        super(FLAG, terms);
    }
}
