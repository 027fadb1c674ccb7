using SupportSignals.Events;
using SupportSignals.Webhooks;
using static SupportSignals.Tests.Webhooks.VendorSigning;

namespace SupportSignals.Tests.Webhooks;

/// <summary>Each vendor's payload shapes (as their docs show them) onto canonical events; ids stable across redeliveries.</summary>
public sealed class VendorNormalisationTests
{
    private static Normalisation Normalise(string source, string body, string contentType = "application/json", Dictionary<string, string>? headers = null, Dictionary<string, string>? settings = null)
    {
        var request = Request(source, body, headers ?? [], contentType);
        var first = Source(source).Normalise(request, Options(source, settings));
        var again = Source(source).Normalise(request, Options(source, settings));
        Assert.Equal(first.Events.Select(e => e.Id), again.Events.Select(e => e.Id));
        return first;
    }

    [Fact]
    public void Stripe_subscription_update_carries_MRR_before_and_after_normalised_to_a_month_and_a_scheduled_cancellation()
    {
        const string body = """
            {"id":"evt_1","type":"customer.subscription.updated","created":1790000000,
             "data":{"object":{"id":"sub_1","customer":"cus_9","status":"active","cancel_at_period_end":true,"current_period_end":1792592000,
               "items":{"data":[{"quantity":3,"price":{"id":"price_pro","unit_amount":2000,"currency":"eur","recurring":{"interval":"month","interval_count":1}}},
                                {"quantity":1,"price":{"id":"price_addon","unit_amount":12000,"currency":"eur","recurring":{"interval":"year","interval_count":1}}}]}},
               "previous_attributes":{"cancel_at_period_end":false,"items":{"data":[{"quantity":2,"price":{"id":"price_pro","unit_amount":2000,"currency":"eur","recurring":{"interval":"month","interval_count":1}}}]}}}}
            """;
        var result = Normalise("stripe", body);
        Assert.Equal([EventType.SubscriptionChanged, EventType.CancellationScheduled], result.Events.Select(e => e.Type));
        var change = result.Events[0];
        Assert.Equal(("cus_9", new Money(7000, "EUR"), new Money(4000, "EUR")), (change.AccountId, change.Subscription!.MrrAfter, change.Subscription.MrrBefore!));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1792592000), result.Events[1].Subscription!.CancelAt);
    }

    [Fact]
    public void Stripe_deleted_subscription_is_churn_and_other_event_types_are_accepted_without_events()
    {
        var deleted = Normalise("stripe", """{"id":"evt_2","type":"customer.subscription.deleted","created":1790000000,"data":{"object":{"id":"sub_1","customer":"cus_9","status":"canceled","items":{"data":[{"quantity":1,"price":{"unit_amount":5000,"currency":"usd","recurring":{"interval":"month"}}}]}}}}""");
        var churn = Assert.Single(deleted.Events).Subscription!;
        Assert.Equal((SubscriptionStatus.Canceled, 0L, 5000L), (churn.Status, churn.MrrAfter.Minor, churn.MrrBefore!.Minor));
        Assert.Empty(Normalise("stripe", """{"id":"evt_3","type":"charge.succeeded","created":1790000000,"data":{"object":{}}}""").Events);
    }

    [Fact]
    public void Zendesk_event_subscription_comment_by_staff_is_an_agent_reply_and_status_solved_is_a_solve()
    {
        var reply = Normalise("zendesk", """{"type":"zen:event-type:ticket.comment_added","id":"01H","time":"2026-11-20T10:00:00Z","subject":"zen:ticket:42","detail":{"id":"42","organization_id":"77","requester_id":"9","status":"OPEN","tags":["sql","vip"]},"event":{"comment":{"id":"5","is_public":true,"author":{"id":"300","is_staff":true}}}}""");
        var e = Assert.Single(reply.Events);
        Assert.Equal((EventType.AgentReplied, "42", "300", "77"), (e.Type, e.Reply!.TicketId, e.AgentId, e.AccountId));
        var solved = Normalise("zendesk", """{"type":"zen:event-type:ticket.status_changed","id":"01J","time":"2026-11-21T10:00:00Z","detail":{"id":"42","status":"SOLVED","tags":["sql"]}}""");
        Assert.Equal(EventType.TicketSolved, Assert.Single(solved.Events).Type);
    }

    [Fact]
    public void Zendesk_trigger_webhooks_read_form_or_JSON_through_the_field_mapping()
    {
        const string form = "ticket_id=42&event=created&status=new&tags=sql+billing&subject=Need+more+seats&organization_id=77&requester_id=9&updated_at=2026-11-20T10%3A00%3A00Z";
        var fromForm = Assert.Single(Normalise("zendesk", form, "application/x-www-form-urlencoded").Events);
        Assert.Equal((EventType.TicketCreated, "42", "77"), (fromForm.Type, fromForm.Ticket!.Id, fromForm.AccountId));
        Assert.Equal(["sql", "billing"], fromForm.Ticket.Tags);
        var custom = Normalise("zendesk", """{"tid":"42","what":"rated","satisfaction_rating":"bad","updated_at":"2026-11-20T10:00:00Z"}""",
            settings: new() { ["TicketIdField"] = "tid", ["EventField"] = "what" });
        var rating = Assert.Single(custom.Events).Csat!;
        Assert.Equal(("bad", "good_bad", false), (rating.Value, rating.Scale, rating.Satisfied));
        Assert.Single(Normalise("zendesk", """{"event":"created","updated_at":"2026-11-20T10:00:00Z"}""").Rejected);
    }

    [Fact]
    public void Intercom_topics_map_and_ping_is_answered()
    {
        Assert.Equal(200, Normalise("intercom", """{"type":"notification_event","topic":"ping","data":{"item":{}}}""").Handshake!.Status);
        var rating = Normalise("intercom", """{"type":"notification_event","topic":"conversation.rating.added","id":"notif_1","created_at":1790000000,"data":{"item":{"id":"c1","company":{"id":"co1"},"contacts":{"contacts":[{"id":"u1"}]},"conversation_rating":{"rating":2,"remark":"slow"}}}}""");
        var csat = Assert.Single(rating.Events);
        Assert.Equal((EventType.CsatRated, false, "co1", "u1"), (csat.Type, csat.Csat!.Satisfied, csat.AccountId, csat.ContactId));
        var tags = Normalise("intercom", """{"topic":"conversation_part.tag.created","id":"notif_2","created_at":1790000000,"data":{"item":{"id":"c1","state":"open","tags":{"tags":[{"name":"SQL"}]}}}}""");
        Assert.Equal(["sql"], Assert.Single(tags.Events).Ticket!.Tags);
    }

    [Fact]
    public void Delighted_score_then_comment_are_two_events_of_one_response_and_unsubscribes_map()
    {
        var score = Assert.Single(Normalise("delighted", """{"event_type":"survey_response.created","event_data":{"id":"r1","score":9,"comment":null,"created_at":1790000000,"updated_at":1790000000,"person":{"id":"p1","email":"a@b.example"},"person_properties":{"account_id":"acc-1"}}}""").Events);
        var comment = Assert.Single(Normalise("delighted", """{"event_type":"survey_response.updated","event_data":{"id":"r1","score":9,"comment":"Great support","created_at":1790000000,"updated_at":1790000300,"person":{"id":"p1"},"person_properties":{"account_id":"acc-1"}}}""").Events);
        Assert.Equal(score.Nps!.ResponseId, comment.Nps!.ResponseId);
        Assert.NotEqual(score.Id, comment.Id);
        Assert.Equal(("acc-1", "Great support"), (score.AccountId, comment.Nps.Comment));
        var unsubscribe = Assert.Single(Normalise("delighted", """{"event_type":"unsubscribe.created","event_data":{"person_id":"p1","unsubscribed_at":1790000000}}""").Events);
        Assert.Equal((EventType.ContactUnsubscribed, "p1"), (unsubscribe.Type, unsubscribe.ContactId));
    }

    [Fact]
    public void Typeform_takes_the_NPS_and_comment_answers_by_type_or_by_configured_ref()
    {
        const string body = """{"event_id":"ev1","event_type":"form_response","form_response":{"token":"tok1","submitted_at":"2026-11-20T10:00:00Z","hidden":{"account_id":"acc-3","email":"x@y.example"}, "answers":[{"type":"text","text":"Ann","field":{"ref":"name","type":"short_text"}},{"type":"number","number":3,"field":{"ref":"q_nps","type":"opinion_scale"}},{"type":"text","text":"Agents never reply","field":{"ref":"why","type":"long_text"}},{"type":"number","number":8,"field":{"ref":"other","type":"opinion_scale"}}]}}""";
        var byType = Assert.Single(Normalise("typeform", body).Events).Nps!;
        Assert.Equal((3, "Agents never reply", "tok1"), (byType.Score, byType.Comment, byType.ResponseId));
        var byRef = Assert.Single(Normalise("typeform", body, settings: new() { ["NpsField"] = "other" }).Events).Nps!;
        Assert.Equal(8, byRef.Score);
    }

    [Fact]
    public void HubSpot_batches_fan_out_and_a_bad_item_is_rejected_alone()
    {
        const string body = """[{"eventId":1,"subscriptionType":"ticket.creation","objectId":11,"occurredAt":1790000000000,"portalId":5}, {"eventId":2,"subscriptionType":"ticket.propertyChange","propertyName":"hs_pipeline_stage","propertyValue":"4","objectId":11,"occurredAt":1790000100000,"portalId":5}, {"eventId":3,"subscriptionType":"deal.propertyChange","propertyName":"dealstage","propertyValue":"closedwon","objectId":99,"occurredAt":1790000200000,"portalId":5}, {"subscriptionType":"ticket.creation","objectId":12}, {"eventId":5,"subscriptionType":"company.creation","objectId":1,"occurredAt":1790000200000}]""";
        var result = Normalise("hubspot", body);
        Assert.Equal([EventType.TicketCreated, EventType.TicketSolved, EventType.DealWon], result.Events.Select(e => e.Type));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1790000000000), result.Events[0].OccurredAt);
        Assert.Single(result.Rejected);
        // The portal is the vendor's own HubSpot account, not the customer's: tickets and deals are looked up when processed.
        var deal = result.Events[2];
        Assert.Equal((null, "99"), (deal.AccountId, deal.Deal!.Id));
        Assert.All(result.Events, e => Assert.True(e.LookUpInSource));
    }

    [Theory]
    [InlineData("sql", null, true)]
    [InlineData("plan_interest", null, false)]
    [InlineData("plan_interest", "sql,plan_interest", true)]
    public void HubSpot_ticket_property_changes_are_events_for_the_properties_read_as_custom_fields(string property, string? ticketProperties, bool mapped)
    {
        var body = $$"""[{"eventId":8,"subscriptionType":"ticket.propertyChange","propertyName":"{{property}}","propertyValue":"true","objectId":11,"occurredAt":1790000000000,"portalId":5}]""";
        var result = Normalise("hubspot", body, settings: ticketProperties is null ? null : new() { ["TicketProperties"] = ticketProperties });
        Assert.Equal(mapped, result.Events.Count == 1);
        if (mapped) Assert.Equal((EventType.TicketUpdated, "11", null, true), (result.Events[0].Type, result.Events[0].Ticket!.Id, result.Events[0].Ticket!.Status, result.Events[0].LookUpInSource));
    }

    [Fact]
    public void HelpScout_conversations_ratings_and_custom_fields()
    {
        var convo = Assert.Single(Normalise("helpscout", """{"id":7,"subject":"Upgrade","status":"active","createdAt":"2026-11-20T10:00:00Z","tags":[{"id":1,"tag":"sql"}],"customFields":[{"name":"Plan","value":"pro"}],"customer":{"id":3,"organizationId":"org-1"}}""",
            headers: new() { ["X-HelpScout-Event"] = "convo.created" }).Events);
        Assert.Equal((EventType.TicketCreated, "org-1", "pro"), (convo.Type, convo.AccountId, convo.Ticket!.CustomFields["Plan"]));
        Assert.Equal(["sql"], convo.Ticket.Tags);
        var rating = Assert.Single(Normalise("helpscout", """{"id":5,"rating":"Not Good","comments":"slow","conversationId":7,"createdAt":"2026-11-21T10:00:00Z","customer":{"id":3}}""",
            headers: new() { ["X-HelpScout-Event"] = "satisfaction.ratings" }).Events);
        Assert.Equal(("not_good", false), (rating.Csat!.Value, rating.Csat.Satisfied));
    }

    [Fact]
    public void Front_answers_its_challenge_and_maps_archive_and_outbound_marked_for_the_contacts_account()
    {
        var challenge = Normalise("front", "{}", headers: new() { ["X-Front-Challenge"] = "abc123" }).Handshake!;
        Assert.Contains("abc123", challenge.Body, StringComparison.Ordinal);
        var archived = Assert.Single(Normalise("front", """{"payload":{"id":"evt_1","type":"archive","emitted_at":1790000000.123,"conversation":{"id":"cnv_1","status":"archived","tags":[{"name":"sql"}]}}}""").Events);
        Assert.Equal((EventType.TicketSolved, DateTimeOffset.FromUnixTimeMilliseconds(1790000000123), true), (archived.Type, archived.OccurredAt, archived.LookUpInSource));
        Assert.Equal(EventType.AgentReplied, Assert.Single(Normalise("front", """{"id":"evt_2","type":"outbound","emitted_at":1790000001,"conversation":{"id":"cnv_1"}}""").Events).Type);
    }

    [Fact]
    public void Chatwoot_agent_messages_are_replies_private_notes_are_not_and_resolved_is_solved()
    {
        var reply = Normalise("chatwoot", """{"event":"message_created","id":55,"message_type":"outgoing","private":false,"created_at":1790000000,"conversation":{"id":9},"sender":{"id":4}}""");
        Assert.Equal(("9", "4"), (Assert.Single(reply.Events).Reply!.TicketId, reply.Events[0].AgentId));
        Assert.Empty(Normalise("chatwoot", """{"event":"message_created","id":56,"message_type":"outgoing","private":true,"created_at":1790000000,"conversation":{"id":9}}""").Events);
        var resolved = Assert.Single(Normalise("chatwoot", """{"event":"conversation_status_changed","id":9,"status":"resolved","labels":["sql"],"updated_at":1790000500,"meta":{"sender":{"id":1}}}""").Events);
        Assert.Equal((EventType.TicketSolved, "sql"), (resolved.Type, resolved.Ticket!.Tags[0]));
    }

    [Fact]
    public void Trustpilot_batches_map_reviews_and_deletions()
    {
        var result = Normalise("trustpilot", """{"events":[{"eventName":"service-review-created","eventData":{"id":"rv1","stars":5,"title":"Great","text":"The support team was quick","language":"en","createdAt":"2026-11-20T10:00:00Z","consumer":{"id":"c1"}}}, {"eventName":"service-review-deleted","eventData":{"id":"rv0","deletedAt":"2026-11-20T11:00:00Z"}},{"eventName":"service-review-created","eventData":{"stars":4}}]}""");
        Assert.Equal([EventType.ReviewPublished, EventType.ReviewDeleted], result.Events.Select(e => e.Type));
        Assert.Equal(5, result.Events[0].Review!.Stars);
        Assert.Single(result.Rejected);
    }

    [Fact]
    public void Chargebee_cancellation_scheduled_removed_and_cancelled()
    {
        string Event(string type, string status) => $$$"""{"id":"ev_{{{type}}}","event_type":"{{{type}}}","occurred_at":1790000000,"content":{"subscription":{"id":"sub1","customer_id":"cust1","status":"{{{status}}}","mrr":4900,"currency_code":"JPY"},"customer":{"id":"cust1"} } }""";
        Assert.Equal(EventType.CancellationScheduled, Assert.Single(Normalise("chargebee", Event("subscription_cancellation_scheduled", "non_renewing")).Events).Type);
        Assert.Equal(EventType.CancellationWithdrawn, Assert.Single(Normalise("chargebee", Event("subscription_scheduled_cancellation_removed", "active")).Events).Type);
        var cancelled = Assert.Single(Normalise("chargebee", Event("subscription_cancelled", "cancelled")).Events).Subscription!;
        Assert.Equal((SubscriptionStatus.Canceled, new Money(4900, "JPY"), 0L), (cancelled.Status, cancelled.MrrBefore!, cancelled.MrrAfter.Minor));
    }

    [Fact]
    public void Freshdesk_template_with_numeric_status_and_resolved_event()
    {
        var solved = Assert.Single(Normalise("freshdesk", """{"ticket_id":"100","event":"resolved","status":"4","tags":"sql, renewal","company_id":"co-5","updated_at":"2026-11-20T10:00:00Z"}""").Events);
        Assert.Equal((EventType.TicketSolved, "co-5"), (solved.Type, solved.AccountId));
        Assert.Equal(["sql", "renewal"], solved.Ticket!.Tags);
    }
}
