from kuopio_ohjelma.entry import main

main()
