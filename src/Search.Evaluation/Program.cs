using Search.Evaluation;

return EvaluationCommandLine.Build().Parse(args).Invoke();
