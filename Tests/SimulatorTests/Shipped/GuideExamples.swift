/// The guide's three example answers, verbatim, and its example of an unrealistic goal.
enum GuideExamples {
    static let example1 = "In the short term, I hope to work as a customer service representative for a company like yours. I’m excited to work for a company that is known for its excellent customer care and service in general. Starting as a customer service representative will give me the needed knowledge of the service, support, and solutions that the company offers. My primary goal is to eventually work my way from a customer service representative to a team leader. I feel that what your company offers is a strong path towards my goals and I’m very excited about what this position has to offer."

    static let example2 = "My short-term goals are fairly simple. I want to further develop and use my communication and project management skills in this job. I’m focused on gaining as much experience as I can over the next years to eventually grow into a position that will allow me to continue to use these skills while also managing my own team. I want to achieve these goals by working on different projects and on different teams. To be able to manage a team effectively, communication is key, and I look forward to taking on small leadership roles, eventually working my way up. This opportunity is the right one for me since it’s the next step in my career that allows me to continue to grow as a professional. Furthermore, one of my key motivators is the ability to work with different coworkers from different departments, so this is especially exciting about this opportunity for me."

    static let example3 = "One of the reasons I want to work for this company is because I find the opportunities that you offer to develop myself exciting. The mentorship program within the company sounds very attractive to me in order to progress my career and knowledge-levels. In five years, I want to be an expert in my field and add value to the company by leading my own team in some capacity. Also, I want to become a person that others can go to, to discuss ideas and strategies. Furthermore, I would like to develop myself as a professional that can help and mentor co-workers and be a part of the mentorship program myself."

    static let unrealistic = "I want to grow the client portfolio by 50% in my first month."

    static let all = [example1, example2, example3]
}
