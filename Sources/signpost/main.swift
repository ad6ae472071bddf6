import SignpostCLI

SignpostCommand.main()
