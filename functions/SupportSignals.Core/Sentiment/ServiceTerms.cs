namespace SupportSignals.Sentiment;

/// <summary>
/// Which opinion targets are about the service people give, and in which category — for analyzers (Azure AI
/// Language) that find targets but do not know our categories. The assessment words refine the category
/// ("slow support" is speed, "rude support" friendliness). Our own multilingual word list.
/// </summary>
public static class ServiceTerms
{
    private static readonly (string Term, ServiceCategory Category)[] Targets =
    [
        ("support", ServiceCategory.Resolution), ("customer service", ServiceCategory.Resolution), ("service", ServiceCategory.Resolution),
        ("help desk", ServiceCategory.Resolution), ("helpdesk", ServiceCategory.Resolution), ("ticket", ServiceCategory.Resolution),
        ("agent", ServiceCategory.Knowledge), ("rep", ServiceCategory.Knowledge), ("representative", ServiceCategory.Knowledge),
        ("team", ServiceCategory.Resolution), ("staff", ServiceCategory.Friendliness), ("waiter", ServiceCategory.Friendliness),
        ("waitress", ServiceCategory.Friendliness), ("reception", ServiceCategory.Friendliness), ("host", ServiceCategory.Friendliness),
        ("response", ServiceCategory.Speed), ("reply", ServiceCategory.Speed), ("answer", ServiceCategory.Speed), ("response time", ServiceCategory.Speed),
        ("chat", ServiceCategory.Availability), ("phone", ServiceCategory.Availability), ("email", ServiceCategory.Availability),
        ("onboarding", ServiceCategory.Onboarding), ("csm", ServiceCategory.Onboarding), ("account manager", ServiceCategory.Onboarding),
        ("success manager", ServiceCategory.Onboarding), ("training", ServiceCategory.Onboarding), ("setup", ServiceCategory.Onboarding),
        ("soporte", ServiceCategory.Resolution), ("atención", ServiceCategory.Resolution), ("servicio", ServiceCategory.Resolution), ("camarero", ServiceCategory.Friendliness),
        ("personal", ServiceCategory.Friendliness), ("equipo", ServiceCategory.Resolution), ("agente", ServiceCategory.Knowledge),
        ("service client", ServiceCategory.Resolution), ("accueil", ServiceCategory.Friendliness), ("serveur", ServiceCategory.Friendliness), ("équipe", ServiceCategory.Resolution),
        ("kundendienst", ServiceCategory.Resolution), ("kundenservice", ServiceCategory.Resolution), ("mitarbeiter", ServiceCategory.Friendliness), ("bedienung", ServiceCategory.Friendliness),
        ("atendimento", ServiceCategory.Resolution), ("suporte", ServiceCategory.Resolution), ("equipe", ServiceCategory.Resolution),
        ("klantenservice", ServiceCategory.Resolution), ("bediening", ServiceCategory.Friendliness), ("personeel", ServiceCategory.Friendliness),
        ("destek", ServiceCategory.Resolution), ("hizmet", ServiceCategory.Resolution), ("personel", ServiceCategory.Friendliness), ("garson", ServiceCategory.Friendliness),
        ("поддержк", ServiceCategory.Resolution), ("обслуживани", ServiceCategory.Resolution), ("персонал", ServiceCategory.Friendliness), ("официант", ServiceCategory.Friendliness),
        ("الدعم", ServiceCategory.Resolution), ("الخدمة", ServiceCategory.Resolution), ("الموظفين", ServiceCategory.Friendliness), ("فريق", ServiceCategory.Resolution),
        ("सपोर्ट", ServiceCategory.Resolution), ("सेवा", ServiceCategory.Resolution), ("स्टाफ", ServiceCategory.Friendliness), ("टीम", ServiceCategory.Resolution),
    ];

    private static readonly (string Word, ServiceCategory Category)[] Assessments =
    [
        ("slow", ServiceCategory.Speed), ("fast", ServiceCategory.Speed), ("quick", ServiceCategory.Speed), ("late", ServiceCategory.Speed), ("prompt", ServiceCategory.Speed), ("wait", ServiceCategory.Speed),
        ("rude", ServiceCategory.Friendliness), ("friendly", ServiceCategory.Friendliness), ("kind", ServiceCategory.Friendliness), ("polite", ServiceCategory.Friendliness), ("nice", ServiceCategory.Friendliness), ("lovely", ServiceCategory.Friendliness),
        ("knowledgeable", ServiceCategory.Knowledge), ("clueless", ServiceCategory.Knowledge), ("competent", ServiceCategory.Knowledge), ("expert", ServiceCategory.Knowledge),
        ("solved", ServiceCategory.Resolution), ("fixed", ServiceCategory.Resolution), ("resolved", ServiceCategory.Resolution), ("useless", ServiceCategory.Resolution), ("helpful", ServiceCategory.Resolution),
        ("unreachable", ServiceCategory.Availability), ("available", ServiceCategory.Availability), ("24/7", ServiceCategory.Availability),
    ];

    /// <returns>The category when <paramref name="target"/> names the service, refined by the assessments; else null.</returns>
    public static ServiceCategory? Categorise(string target, IEnumerable<string> assessments)
    {
        var lower = target.ToLowerInvariant();
        var match = Targets.Where(t => lower.Contains(t.Term, StringComparison.Ordinal)).OrderByDescending(t => t.Term.Length).Select(t => (ServiceCategory?)t.Category).FirstOrDefault();
        if (match is null) return null;
        foreach (var assessment in assessments)
        {
            var word = assessment.ToLowerInvariant();
            foreach (var (term, category) in Assessments)
                if (word.Contains(term, StringComparison.Ordinal)) return category;
        }
        return match;
    }
}
