using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SupportSignals.Api;
using SupportSignals.Functions.Problems;
using SupportSignals.Functions.Processing;
using SupportSignals.Intake;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
// Read endpoints answer a storage outage as the local host does: 503 + Retry-After, not 500.
builder.UseMiddleware<StorageOutageMiddleware>();
builder.AddSupportSignals();
// In Azure the queue is Service Bus; everything else is the same pipeline as the local host.
builder.Services.AddSingleton<IEventQueue, ServiceBusEventQueue>();
await builder.Build().RunAsync();
