using Azure.Messaging.ServiceBus;
using Microsoft.Azure.Functions.Worker;
using SupportSignals.Azure.Processing;
using SupportSignals.Processing;

namespace SupportSignals.Functions.Processing;

/// <summary>
/// The Service Bus consumer: settles each message by hand as the shared handler decides. The last allowed
/// attempt (the queue's max delivery count) records the poison entry and dead-letters with the reason.
/// </summary>
public sealed class EventsFunction(QueueMessageHandler handler, ConsumerOptions options)
{
    [Function("ProcessEvent")]
    public async Task RunAsync(
        [ServiceBusTrigger("%Queues__Events%", Connection = "ServiceBus", AutoCompleteMessages = false)] ServiceBusReceivedMessage message,
        ServiceBusMessageActions actions,
        CancellationToken cancellationToken)
    {
        var settlement = await handler.HandleAsync(message.MessageId, message.Body.ToString(), message.DeliveryCount, options.MaxAttempts, cancellationToken);
        switch (settlement)
        {
            case Settlement.Complete:
                await actions.CompleteMessageAsync(message, cancellationToken);
                break;
            case Settlement.DeadLetter deadLetter:
                await actions.DeadLetterMessageAsync(message, deadLetterReason: "ProcessingFailed", deadLetterErrorDescription: deadLetter.Reason, cancellationToken: cancellationToken);
                break;
            default:
                await actions.AbandonMessageAsync(message, cancellationToken: cancellationToken);
                break;
        }
    }
}
