using Entente.Models;

namespace Entente.Application;

/// <summary>An unknown model or bad model options, found when the model is built, as a <see cref="RequestException"/>.</summary>
internal static class ModelProblems
{
    public static T Guard<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (ModelOptionsException e)
        {
            throw new RequestException([.. e.Problems.Select(p => new RequestProblem("model", p))]);
        }
    }

    public static async Task<T> Guard<T>(Func<Task<T>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (ModelOptionsException e)
        {
            throw new RequestException([.. e.Problems.Select(p => new RequestProblem("model", p))]);
        }
    }
}
