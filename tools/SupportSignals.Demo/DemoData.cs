using SupportSignals.Events;

namespace SupportSignals.Demo;

/// <summary>
/// The bundled sample data set: 36 accounts over the last 75 days — subscriptions with upgrades, downgrades,
/// churn and saves; tickets with first replies, solves, SQL tags and cancellation intent; CSAT; NPS comments
/// (score first, comment later for some) and reviews in ten languages; deals won and lost; opt-outs, and late praise
/// from an opted-out contact and from one whose account has an open escalation.
/// Deterministic for a given day, so two runs on one day send the same events (and the second is all duplicates).
/// </summary>
public static class DemoData
{
    private static readonly (string Plan, long Mrr)[] Plans = [("starter", 9_900), ("pro", 49_900), ("enterprise", 199_900)];
    private static readonly (string Region, string Currency)[] Regions = [("EU", "EUR"), ("US", "USD"), ("UK", "GBP"), ("APAC", "USD")];

    public static IReadOnlyList<CanonicalEvent> Build(DateTimeOffset today)
    {
        var random = new Random(20261122);
        var events = new List<CanonicalEvent>();
        var start = today.UtcDateTime.Date.AddDays(-75);
        DateTimeOffset At(double days) => new DateTimeOffset(start, TimeSpan.Zero).AddDays(days);

        for (var i = 1; i <= 36; i++)
        {
            var account = $"acc-{i:D3}";
            var contact = $"con-{i:D3}";
            var agent = $"agent-{1 + (i % 5)}";
            var (plan, mrr) = Plans[i % Plans.Length];
            var (region, currency) = Regions[i % Regions.Length];
            var seq = 0;
            string Id() => $"{account}-{++seq:D3}";
            CanonicalEvent Event(EventType type, double day) => new()
            {
                Id = Id(),
                Source = "generic",
                Type = type,
                OccurredAt = At(day),
                AccountId = account,
                ContactId = contact,
                AgentId = agent,
            };
            Money Mrr(long minor) => new(minor, currency);

            events.Add(Event(EventType.AccountUpdated, 0) with { Account = new AccountInfo { Name = $"Customer {i}", Plan = plan, Region = region, Segment = plan } });
            events.Add(Event(EventType.ContactUpdated, 0) with { Contact = new ContactInfo { Name = $"Contact {i}", Email = $"contact{i}@customer{i}.example" } });
            events.Add(Event(EventType.SubscriptionChanged, 1) with
            {
                Subscription = new SubscriptionInfo { Id = $"sub-{i}", Status = SubscriptionStatus.Active, Plan = plan, MrrAfter = Mrr(mrr) },
            });

            // Tickets: two or three each, answered and solved at realistic speeds.
            var tickets = 2 + (i % 2);
            for (var t = 1; t <= tickets; t++)
            {
                var ticketId = $"T{i:D3}{t}";
                var isSql = i % 6 == 0 && t == 1;
                // Flagged leads come early enough for their deals (day 60) to fall inside the SQL window.
                var created = 10 + random.Next(0, isSql ? 30 : 60) + random.NextDouble();
                var isCancellation = i % 9 == 0 && t == 1;
                var text = isSql ? DemoComments.ExpansionTickets[i % 2] : isCancellation ? DemoComments.CancellationTickets[i % 2] : "How do I export my data?";
                string[] tags = isSql ? ["sql", "upsell"] : isCancellation ? ["cancellation"] : ["how-to"];
                var ticket = new TicketInfo { Id = ticketId, Subject = text[..Math.Min(40, text.Length)], Text = text, Status = TicketStatus.Open, Tags = tags, Channel = "email" };
                events.Add(Event(EventType.TicketCreated, created) with { Ticket = ticket });
                var reply = created + (0.02 + random.NextDouble() * (i % 4 == 0 ? 2.0 : 0.3));
                events.Add(Event(EventType.AgentReplied, reply) with { Reply = new ReplyInfo { TicketId = ticketId } });
                var escalatedOpen = i == 12 && t == tickets;
                if (escalatedOpen)
                {
                    events.Add(Event(EventType.TicketUpdated, reply + 0.1) with { Ticket = ticket with { Status = TicketStatus.Open, Escalated = true, Tags = [.. tags, "escalated"] } });
                    continue;
                }
                var solved = reply + 0.1 + random.NextDouble() * 2;
                events.Add(Event(EventType.TicketSolved, solved) with { Ticket = ticket with { Status = TicketStatus.Solved } });
                var good = random.NextDouble() > (i % 7 == 0 ? 0.8 : 0.15);
                events.Add(Event(EventType.CsatRated, solved + 0.2) with
                {
                    Csat = new CsatInfo { TicketId = ticketId, Value = good ? "good" : "bad", Scale = "good_bad", Satisfied = good, Comment = good ? "Thanks, quick help" : "Took too long" },
                });
            }

            // Revenue movements: SQL accounts expand (some deals lost), others upgrade, downgrade or churn.
            if (i % 6 == 0)
            {
                var won = i % 12 == 0 || i == 6;
                events.Add(Event(won ? EventType.DealWon : EventType.DealLost, 60) with
                {
                    Deal = new DealInfo { Id = $"deal-{i}", TicketId = $"T{i:D3}1", Mrr = Mrr(mrr / 2), Amount = Mrr(mrr / 2 * 12), Product = "analytics" },
                });
                if (won)
                    events.Add(Event(EventType.SubscriptionChanged, 61) with
                    {
                        Subscription = new SubscriptionInfo { Id = $"sub-{i}", Status = SubscriptionStatus.Active, Plan = plan, MrrBefore = Mrr(mrr), MrrAfter = Mrr(mrr + mrr / 2) },
                    });
            }
            else if (i % 9 == 0)
            {
                events.Add(Event(EventType.CancellationScheduled, 30) with
                {
                    Subscription = new SubscriptionInfo { Id = $"sub-{i}", Status = SubscriptionStatus.Active, MrrAfter = Mrr(mrr), CancelAt = At(60) },
                });
                if (i != 27)
                    events.Add(Event(EventType.CancellationWithdrawn, 33) with
                    {
                        Subscription = new SubscriptionInfo { Id = $"sub-{i}", Status = SubscriptionStatus.Active, MrrAfter = Mrr(mrr) },
                    });
                else
                    events.Add(Event(EventType.SubscriptionChanged, 60) with
                    {
                        Subscription = new SubscriptionInfo { Id = $"sub-{i}", Status = SubscriptionStatus.Canceled, MrrBefore = Mrr(mrr), MrrAfter = Mrr(0) },
                    });
            }
            else if (i % 5 == 0)
            {
                events.Add(Event(EventType.SubscriptionChanged, 50) with
                {
                    Subscription = new SubscriptionInfo { Id = $"sub-{i}", Status = SubscriptionStatus.Active, Plan = plan, MrrBefore = Mrr(mrr), MrrAfter = Mrr(mrr * 2) },
                });
            }
            else if (i % 7 == 0)
            {
                events.Add(Event(EventType.SubscriptionChanged, 55) with
                {
                    Subscription = new SubscriptionInfo { Id = $"sub-{i}", Status = i == 14 ? SubscriptionStatus.Canceled : SubscriptionStatus.Active, MrrBefore = Mrr(mrr), MrrAfter = Mrr(i == 14 ? 0 : mrr / 2) },
                });
            }

            // NPS: one response each; every third arrives score first, comment later (as Delighted sends it).
            var score = i % 4 == 0 ? 3 + (i % 4) : i % 5 == 0 ? 7 + (i % 2) : 9 + (i % 2);
            var voices = score >= 9 ? DemoComments.Promoter : score >= 7 ? DemoComments.Passive : DemoComments.Detractor;
            var (_, comment) = voices[i % voices.Length];
            var responded = 40 + random.Next(0, 30);
            var nps = new NpsInfo { ResponseId = $"nps-{i}", Score = score, Comment = comment };
            if (i % 3 == 0)
            {
                events.Add(Event(EventType.NpsResponded, responded) with { Nps = nps with { Comment = null } });
                events.Add(Event(EventType.NpsResponded, responded + 0.01) with { Nps = nps });
            }
            else
            {
                events.Add(Event(EventType.NpsResponded, responded) with { Nps = nps });
            }

            if (i % 4 == 1 && (i / 4) < DemoComments.Reviews.Length)
            {
                var (stars, reviewLanguage, review) = DemoComments.Reviews[i / 4];
                events.Add(Event(EventType.ReviewPublished, responded + 1) with
                {
                    Review = new ReviewInfo { Id = $"rev-{i}", Stars = stars, Text = review, Language = reviewLanguage, Platform = "trustpilot" },
                });
            }
            if (i is 10 or 22)
                events.Add(Event(EventType.ContactUnsubscribed, 70));
            // Praise from two people marketing must not ask: one opted out (10), one whose account has an open escalation (12).
            if (i is 10 or 12)
            {
                var (_, reviewLanguage, review) = DemoComments.Reviews[0];
                events.Add(Event(EventType.ReviewPublished, 73) with
                {
                    Review = new ReviewInfo { Id = $"rev-late-{i}", Stars = 5, Text = review, Language = reviewLanguage, Platform = "g2" },
                });
            }
        }
        return events;
    }
}
