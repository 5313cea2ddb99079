using System.Globalization;
using System.Text.Json;
using Entente.Application;
using Microsoft.AspNetCore.Mvc;

namespace Entente.Web;

/// <summary>
/// Turns every failure into RFC 9457 problem details: what a client did wrong as a 4xx naming each field, a
/// defect as a 500 that says only that it happened and under which trace id it was logged. No exception's
/// message or stack trace of a defect ever reaches a response.
/// </summary>
internal sealed partial class ProblemMiddleware(RequestDelegate next, ILogger<ProblemMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            var problem = Classify(e, context);
            if (problem.Status >= 500)
            {
                LogDefect(logger, e, context.TraceIdentifier);
            }
            await Write(context, problem);
        }
    }

    private static ApiProblemException Classify(Exception e, HttpContext context) => e switch
    {
        ApiProblemException known => known,
        RequestException refused => ApiProblems.From(refused),
        BodyTooLargeException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => TooLarge(context),
        BadHttpRequestException bad => new ApiProblemException(bad.StatusCode, "The request is invalid", [ProblemEntry.About("body", "the request could not be read")]),
        JsonException json => ApiProblemException.BadField(JsonField(json), "not valid JSON for this request"),
        _ => new ApiProblemException(StatusCodes.Status500InternalServerError, "Internal error",
            [ProblemEntry.About("", $"an internal error occurred; it was logged under trace id {context.TraceIdentifier}")]),
    };

    private static ApiProblemException TooLarge(HttpContext context)
    {
        var limit = context.RequestServices.GetRequiredService<WebSettings>().MaxRequestBytes;
        return new ApiProblemException(StatusCodes.Status413PayloadTooLarge, "The request body is too large",
            [ProblemEntry.About("body", $"the body is larger than {limit.ToString(CultureInfo.InvariantCulture)} bytes")]);
    }

    private static string JsonField(JsonException e) => e.Path is { Length: > 1 } path ? path.TrimStart('$', '.') : "body";

    /// <summary>Writes <paramref name="problem"/> as <c>application/problem+json</c>.</summary>
    public static Task Write(HttpContext context, ApiProblemException problem)
    {
        context.Response.Clear();
        SecurityHeaders.Apply(context.Response);
        if (problem.Status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }
        if (problem.RetryAfter is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }
        return ToResult(problem).ExecuteAsync(context);
    }

    public static IResult ToResult(ApiProblemException problem)
    {
        var details = new ProblemDetails { Status = problem.Status, Title = problem.Title, Detail = problem.Errors.Count == 1 ? problem.Errors[0].Message : null };
        details.Extensions["errors"] = problem.Errors;
        if (problem.Warnings.Count > 0)
        {
            details.Extensions["warnings"] = problem.Warnings;
        }
        return Results.Problem(details);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Internal error answering request {TraceId}")]
    private static partial void LogDefect(ILogger logger, Exception exception, string traceId);
}
