namespace Entente.Application;

/// <summary>
/// How far a long request has come, for a progress bar, a log line or a server-sent event. <see cref="Stage"/>
/// names the part running (<c>forecast</c>, <c>sweep</c>, <c>sensitivity</c>, <c>backtest</c>); the rest is
/// what that stage knows: trials done of a total, the issue and round a model has reached, or a message.
/// </summary>
/// <param name="Stage">The part of the request running.</param>
/// <param name="Done">Units done (trials, or issues begun); 0 when the stage does not count.</param>
/// <param name="Total">Units in all; 0 when unknown.</param>
/// <param name="Issue">The issue a model has reached, for forecasts; null with a <paramref name="Round"/> when the model's rounds span every issue.</param>
/// <param name="Round">The round just completed on <paramref name="Issue"/>.</param>
/// <param name="Message">A line of progress in words (backtests).</param>
public sealed record RunProgress(string Stage, long Done = 0, long Total = 0, string? Issue = null, int? Round = null, string? Message = null);
