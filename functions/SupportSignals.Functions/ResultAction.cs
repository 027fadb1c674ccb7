using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace SupportSignals.Functions;

/// <summary>Lets a Functions HTTP trigger return the shared endpoints' <see cref="IResult"/> unchanged.</summary>
public sealed class ResultAction(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
}
