namespace SupportSignals.Demo;

/// <summary>The sample data set's customer voices: the project's own sentences, in the languages customers wrote in.</summary>
public static class DemoComments
{
    public static readonly (string Language, string Text)[] Promoter =
    [
        ("en", "Support answered within minutes and Priya fixed our billing export. Brilliant team!"),
        ("en", "Great product, and the onboarding with our CSM was superb."),
        ("es", "El equipo de soporte fue rapidísimo y muy amable, nos resolvieron todo."),
        ("fr", "Le support est réactif et très compétent, merci à toute l'équipe !"),
        ("de", "Der Support war schnell und sehr freundlich, Problem sofort gelöst."),
        ("pt", "O atendimento foi excelente, resolveram o problema no mesmo dia."),
        ("nl", "De klantenservice reageerde snel en was erg behulpzaam."),
        ("tr", "Destek ekibi çok hızlı ve ilgiliydi, sorunumuzu hemen çözdüler."),
        ("ru", "Поддержка ответила очень быстро и помогла разобраться, спасибо!"),
        ("ar", "فريق الدعم كان سريعاً ومتعاوناً جداً وحل المشكلة فوراً"),
        ("hi", "सपोर्ट टीम ने बहुत जल्दी जवाब दिया और समस्या हल कर दी, धन्यवाद!"),
        ("hi", "Support team bahut acchi thi, agent ne turant madad ki."),
        ("en", "Love the dashboards. Reports are exactly what we needed."),
    ];

    public static readonly (string Language, string Text)[] Passive =
    [
        ("en", "Solid tool, a bit pricey for what we use."),
        ("en", "The app is fine but the agent needed two days to reply."),
        ("es", "El producto está bien, pero el precio es alto."),
        ("de", "Gute Software, die Einrichtung war etwas mühsam."),
    ];

    public static readonly (string Language, string Text)[] Detractor =
    [
        ("en", "The product is great but support never answered my ticket."),
        ("en", "Nobody on the support team could explain the API limits. Useless."),
        ("ru", "Никто не помог, ответа от поддержки ждали неделю."),
        ("fr", "Le service client est injoignable, aucune réponse depuis 5 jours."),
        ("ar", "الدعم الفني بطيء جداً ولم يحل المشكلة"),
        ("tr", "Destek ekibi hiç yardımcı olmadı, çok yavaşlar."),
        ("en", "Pricing went up again and the export keeps crashing."),
        ("hi", "Support wale jawab hi nahi dete, bahut bura experience."),
    ];

    public static readonly (int Stars, string Language, string Text)[] Reviews =
    [
        (5, "en", "Responsive support and a product that just works. The rep walked us through setup."),
        (5, "es", "Atención al cliente excelente, muy profesionales."),
        (4, "de", "Gutes Produkt, der Kundendienst antwortet schnell."),
        (4, "en", "Does what it says. Documentation could be better."),
        (2, "en", "Support took a week to answer and the agent was rude."),
        (1, "nl", "Slechte service, niemand neemt de telefoon op."),
        (5, "fr", "Équipe d'accompagnement au top, onboarding impeccable."),
        (3, "ru", "Продукт нормальный, но поддержка отвечает медленно."),
    ];

    public static readonly string[] CancellationTickets =
    [
        "We are thinking about cancelling our subscription, the team barely uses it.",
        "Please cancel our plan at the end of the month.",
    ];

    public static readonly string[] ExpansionTickets =
    [
        "Can we add 20 more seats and the analytics add-on?",
        "We need SSO and the enterprise plan for our new subsidiary.",
    ];
}
